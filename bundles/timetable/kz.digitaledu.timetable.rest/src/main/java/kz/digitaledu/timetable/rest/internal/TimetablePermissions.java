package kz.digitaledu.timetable.rest.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import org.osgi.service.component.annotations.Component;

/** Who builds timetables: school administrators, deputy directors and methodologists. */
@Component(service = PermissionProvider.class)
public class TimetablePermissions implements PermissionProvider {
    static final String MANAGE = "timetable.manage";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(MANAGE));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        return Map.of(Role.SCHOOL_ADMIN, Set.of(MANAGE), Role.DEPUTY_DIRECTOR, Set.of(MANAGE), Role.METHODOLOGIST, Set.of(MANAGE));
    }
}
