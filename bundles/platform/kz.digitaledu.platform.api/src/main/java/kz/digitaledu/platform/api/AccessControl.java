package kz.digitaledu.platform.api;

import java.util.Set;

/**
 * The one place that decides what a principal may do and see. Grants reach down the organisation
 * tree: a district officer's permission holds in every school of the district.
 */
public interface AccessControl {

    /** Whether {@code principal} holds {@code permission} in {@code organisationId} (directly or through an ancestor). */
    boolean isPermitted(EduPrincipal principal, String permission, long organisationId);

    /** Whether {@code principal} holds {@code permission} anywhere. */
    boolean isPermittedAnywhere(EduPrincipal principal, String permission);

    /** Throws a 403 {@link EduException} unless permitted. */
    default void check(EduPrincipal principal, String permission, long organisationId) {
        if (!isPermitted(principal, permission, organisationId)) {
            throw EduException.forbidden();
        }
    }

    /**
     * The ids of every organisation in which {@code principal} holds {@code permission}: the
     * organisations of the grants and all their descendants. Repositories filter rows by this set.
     */
    Set<Long> organisationsWith(EduPrincipal principal, String permission);

    /** Every permission the platform knows now, from all running {@link PermissionProvider}s. */
    Set<Permission> knownPermissions();
}
