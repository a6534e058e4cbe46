package kz.digitaledu.platform.core.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserService;
import org.osgi.service.component.annotations.Component;

/** The platform's own permissions and who holds them by default. System administrators hold every permission. */
@Component(service = PermissionProvider.class)
public class PlatformPermissions implements PermissionProvider {
    static final String AUDIT_READ = AuditService.READ;

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(OrganisationService.READ), Permission.of(OrganisationService.MANAGE),
                Permission.of(UserService.READ), Permission.of(UserService.MANAGE), Permission.of(AUDIT_READ),
                Permission.of(AuthService.READ_ACCESS_LOG));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        Map<Role, Set<String>> m = new EnumMap<>(Role.class);
        Set<String> officer = Set.of(OrganisationService.READ, OrganisationService.MANAGE, UserService.READ, UserService.MANAGE,
                AUDIT_READ, AuthService.READ_ACCESS_LOG);
        m.put(Role.REGION_OFFICER, officer);
        m.put(Role.DISTRICT_OFFICER, officer);
        m.put(Role.SCHOOL_ADMIN, Set.of(OrganisationService.READ, UserService.READ, UserService.MANAGE, AUDIT_READ,
                AuthService.READ_ACCESS_LOG));
        m.put(Role.DEPUTY_DIRECTOR, Set.of(OrganisationService.READ, UserService.READ, AUDIT_READ));
        for (Role staff : new Role[] {Role.TEACHER, Role.PSYCHOLOGIST, Role.CAREER_COUNSELLOR, Role.METHODOLOGIST, Role.TUTOR}) {
            m.put(staff, Set.of(OrganisationService.READ, UserService.READ));
        }
        m.put(Role.STUDENT, Set.of(OrganisationService.READ));
        m.put(Role.PARENT, Set.of(OrganisationService.READ));
        return m;
    }
}
