package kz.digitaledu.school.core.internal;

import static kz.digitaledu.school.api.SchoolPermissions.DIARY_READ;
import static kz.digitaledu.school.api.SchoolPermissions.JOURNAL_KEEP;
import static kz.digitaledu.school.api.SchoolPermissions.JOURNAL_READ_ALL;
import static kz.digitaledu.school.api.SchoolPermissions.STRUCTURE_MANAGE;
import static kz.digitaledu.school.api.SchoolPermissions.STRUCTURE_READ;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.api.Role;
import org.osgi.service.component.annotations.Component;

/**
 * Who does what in school management by default: the director and deputies set the school up and
 * read every journal; teachers keep their own journals; students and parents read the diary;
 * district and region officers read.
 */
@Component(service = PermissionProvider.class)
public class SchoolPermissionProvider implements PermissionProvider {
    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(STRUCTURE_MANAGE), Permission.of(STRUCTURE_READ), Permission.of(JOURNAL_READ_ALL),
                Permission.of(JOURNAL_KEEP), Permission.of(DIARY_READ));
    }

    @Override
    public Map<Role, Set<String>> defaultGrants() {
        Map<Role, Set<String>> m = new EnumMap<>(Role.class);
        m.put(Role.SCHOOL_ADMIN, Set.of(STRUCTURE_MANAGE, STRUCTURE_READ, JOURNAL_READ_ALL));
        m.put(Role.DEPUTY_DIRECTOR, Set.of(STRUCTURE_MANAGE, STRUCTURE_READ, JOURNAL_READ_ALL));
        m.put(Role.METHODOLOGIST, Set.of(STRUCTURE_READ, JOURNAL_READ_ALL));
        m.put(Role.REGION_OFFICER, Set.of(STRUCTURE_READ, JOURNAL_READ_ALL));
        m.put(Role.DISTRICT_OFFICER, Set.of(STRUCTURE_READ, JOURNAL_READ_ALL));
        m.put(Role.TEACHER, Set.of(STRUCTURE_READ, JOURNAL_KEEP));
        m.put(Role.TUTOR, Set.of(STRUCTURE_READ));
        m.put(Role.PSYCHOLOGIST, Set.of(STRUCTURE_READ));
        m.put(Role.CAREER_COUNSELLOR, Set.of(STRUCTURE_READ));
        m.put(Role.STUDENT, Set.of(DIARY_READ));
        m.put(Role.PARENT, Set.of(DIARY_READ));
        return m;
    }
}
