package kz.digitaledu.platform.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;

/**
 * Decides from role grants and the permissions declared by every {@link PermissionProvider}. A grant
 * in an organisation covers its whole subtree. System administrators hold every permission
 * everywhere. This is the one place that answers "which organisations' rows may this user see".
 */
public class AccessControlImpl implements AccessControl {
    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();
    private final LongFunction<Set<Long>> subtree;
    private final Supplier<Set<Long>> allOrganisations;

    public AccessControlImpl(LongFunction<Set<Long>> subtree, Supplier<Set<Long>> allOrganisations) {
        this.subtree = subtree;
        this.allOrganisations = allOrganisations;
    }

    public void addProvider(PermissionProvider p) {
        providers.add(p);
    }

    public void removeProvider(PermissionProvider p) {
        providers.remove(p);
    }

    boolean roleHolds(Role role, String permission) {
        if (role == Role.SYSTEM_ADMIN) {
            return true;
        }
        for (PermissionProvider p : providers) {
            Set<String> granted = p.defaultGrants().get(role);
            if (granted != null && granted.contains(permission)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPermitted(EduPrincipal principal, String permission, long organisationId) {
        if (principal == null) {
            return false;
        }
        for (RoleGrant g : principal.grants()) {
            if (roleHolds(g.role(), permission)
                    && (g.role() == Role.SYSTEM_ADMIN || subtree.apply(g.organisationId()).contains(organisationId))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPermittedAnywhere(EduPrincipal principal, String permission) {
        return principal != null && principal.grants().stream().anyMatch(g -> roleHolds(g.role(), permission));
    }

    @Override
    public Set<Long> organisationsWith(EduPrincipal principal, String permission) {
        Set<Long> out = new HashSet<>();
        if (principal == null) {
            return out;
        }
        for (RoleGrant g : principal.grants()) {
            if (!roleHolds(g.role(), permission)) {
                continue;
            }
            if (g.role() == Role.SYSTEM_ADMIN) {
                return allOrganisations.get();
            }
            out.addAll(subtree.apply(g.organisationId()));
        }
        return out;
    }

    @Override
    public Set<Permission> knownPermissions() {
        Set<Permission> all = new HashSet<>();
        providers.forEach(p -> all.addAll(p.permissions()));
        return all;
    }
}
