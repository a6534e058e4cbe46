package kz.digitaledu.coding.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import org.osgi.service.component.annotations.Component;

/**
 * Students and teachers submit; teachers and school administrators rejudge and see everyone's submissions; teachers,
 * methodologists and school administrators upload, write, replace and delete tasks.
 */
@Component(service = PermissionProvider.class)
public class CodingPermissions implements PermissionProvider {
    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(CodingService.SUBMIT), Permission.of(CodingService.REJUDGE), Permission.of(CodingService.MANAGE_TASKS));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        return Map.of(Role.STUDENT, Set.of(CodingService.SUBMIT),
                Role.TEACHER, Set.of(CodingService.SUBMIT, CodingService.REJUDGE, CodingService.MANAGE_TASKS),
                Role.SCHOOL_ADMIN, Set.of(CodingService.REJUDGE, CodingService.MANAGE_TASKS),
                Role.METHODOLOGIST, Set.of(CodingService.MANAGE_TASKS),
                Role.TUTOR, Set.of(CodingService.SUBMIT));
    }
}
