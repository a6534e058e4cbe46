package kz.digitaledu.timetable.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.timetable.core.TimetablePermissions;
import org.osgi.service.component.annotations.Component;

/**
 * Who builds timetables (school administrators, deputy directors, methodologists) and who reads the published one
 * through the Timetables component (the school's staff and the district's and region's officers).
 */
@Component(service = PermissionProvider.class)
public class TimetablePermissionProvider implements PermissionProvider {

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(TimetablePermissions.MANAGE), Permission.of(TimetablePermissions.VIEW));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        Set<String> both = Set.of(TimetablePermissions.MANAGE, TimetablePermissions.VIEW);
        Set<String> view = Set.of(TimetablePermissions.VIEW);
        return Map.of(Role.SCHOOL_ADMIN, both, Role.DEPUTY_DIRECTOR, both, Role.METHODOLOGIST, both, Role.TEACHER, view,
                Role.PSYCHOLOGIST, view, Role.DISTRICT_OFFICER, view, Role.REGION_OFFICER, view);
    }
}
