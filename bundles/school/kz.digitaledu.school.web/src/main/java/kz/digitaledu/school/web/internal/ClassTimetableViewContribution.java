package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The classes' week and the journal's lessons, for those who manage the school's structure. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class ClassTimetableViewContribution implements ViewContribution {
    static final String ROUTE = "class-timetable";

    @Activate
    public ClassTimetableViewContribution(@Reference SchoolStructureService structure, @Reference OrganisationService organisations,
            @Reference AccessControl access, @Reference CurrentUser currentUser, @Reference Translator translator) {
        SchoolUi.setStructure(new SchoolUi.StructureServices(structure, organisations, access, currentUser), translator);
    }

    @Deactivate
    void deactivate() {
        SchoolUi.setStructure(null, null);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.tt.menu";
    }

    @Override
    public String icon() {
        return "CALENDAR_CLOCK";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.STRUCTURE_MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ClassTimetableView.class;
    }

    @Override
    public int order() {
        return 35;
    }
}
