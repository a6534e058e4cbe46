package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The class lists (students, enrolment, transfers, departures, sub-groups) for those who manage the school. The view
 * reads the structure service through {@link SchoolUi#structure()}; the reference here keeps the menu entry only while
 * that service runs.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class ClassesViewContribution implements ViewContribution {
    static final String ROUTE = "school-classes";

    @Activate
    public ClassesViewContribution(@Reference SchoolStructureService structure) {
        // nothing to keep: see the class comment
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.classes.menu";
    }

    @Override
    public String icon() {
        return "USERS";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.STRUCTURE_MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ClassesView.class;
    }

    @Override
    public int order() {
        return 33;
    }
}
