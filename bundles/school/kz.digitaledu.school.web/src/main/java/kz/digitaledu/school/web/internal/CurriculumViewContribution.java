package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The school's year and terms, subjects and teaching assignments, for those who manage the school. The view reads the
 * structure service through {@link SchoolUi#structure()} and the school's staff through {@link #users()}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class CurriculumViewContribution implements ViewContribution {
    static final String ROUTE = "school-curriculum";

    private static volatile UserService users;

    @Activate
    public CurriculumViewContribution(@Reference SchoolStructureService structure, @Reference UserService users) {
        CurriculumViewContribution.users = users;
    }

    @Deactivate
    void deactivate() {
        users = null;
    }

    static UserService users() {
        UserService u = users;
        if (u == null) {
            throw new IllegalStateException("curriculum screen not active");
        }
        return u;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.curr.menu";
    }

    @Override
    public String icon() {
        return "CALENDAR";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.STRUCTURE_MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CurriculumView.class;
    }

    @Override
    public int order() {
        return 32;
    }
}
