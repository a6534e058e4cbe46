package kz.digitaledu.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The signed-in person as seen by services: account, preferred language and role grants. Whether
 * the principal may do something in an organisation is answered by {@link AccessControl}.
 */
public record EduPrincipal(long accountId, String username, String displayName, Locale locale, List<RoleGrant> grants) {
    public EduPrincipal {
        Objects.requireNonNull(username, "username");
        locale = locale == null ? Locale.ENGLISH : locale;
        grants = List.copyOf(grants);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
