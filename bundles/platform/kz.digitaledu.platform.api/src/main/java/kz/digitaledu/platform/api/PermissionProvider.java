package kz.digitaledu.platform.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Extension point: a component declares its permissions and which roles hold them by default.
 * Register an implementation as an OSGi service; the platform picks it up while the bundle runs
 * and drops it when the bundle stops.
 */
public interface PermissionProvider {

    /** The permissions this bundle checks. */
    Collection<Permission> permissions();

    /** Default grants: for each role, the ids of the permissions it holds. */
    Map<Role, Set<String>> defaultGrants();
}
