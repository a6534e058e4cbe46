package kz.digitaledu.platform.api;

/**
 * Versioned schema migrations per component, applied on start: a component ships SQL scripts
 * {@code db/<component>/V001__what.sql}, {@code V002__…} (portable SQL that Derby and PostgreSQL
 * both run) and calls {@link #migrate} when it activates. Applied versions are recorded with a
 * checksum; a changed script that was already applied is refused.
 */
public interface SchemaMigrator {

    /** Applies the scripts of {@code component} found through {@code loader} that are not applied yet; returns how many ran. */
    int migrate(String component, ClassLoader loader);
}
