package kz.digitaledu.platform.api;

import java.util.Objects;

/** A role held in one organisation. */
public record RoleGrant(Role role, long organisationId) {
    public RoleGrant {
        Objects.requireNonNull(role, "role");
    }
}
