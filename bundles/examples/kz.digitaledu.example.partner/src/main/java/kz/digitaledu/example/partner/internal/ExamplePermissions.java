package kz.digitaledu.example.partner.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import org.osgi.service.component.annotations.Component;

/** Declares the example's permission: teachers and school administrators may be greeted. */
@Component(service = PermissionProvider.class)
public class ExamplePermissions implements PermissionProvider {
    static final String GREET = "example.greet";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(GREET));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        return Map.of(Role.TEACHER, Set.of(GREET), Role.SCHOOL_ADMIN, Set.of(GREET));
    }
}
