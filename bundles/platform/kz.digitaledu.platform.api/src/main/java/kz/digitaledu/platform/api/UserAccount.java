package kz.digitaledu.platform.api;

import java.time.Instant;
import java.util.List;

/** An account as shown to administrators: never the password hash or the TOTP secret. */
public record UserAccount(long id, String username, Person person, String language, boolean enabled, boolean locked,
        boolean mfaEnabled, boolean mfaExempt, List<RoleGrant> grants, List<Long> childPersonIds, Instant lastLoginAt,
        boolean passwordChangeRequired) {
}
