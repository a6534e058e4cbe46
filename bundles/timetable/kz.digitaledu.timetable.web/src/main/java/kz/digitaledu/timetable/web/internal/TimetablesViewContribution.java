package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.core.TimetablePermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The Timetables screen in the shell's menu, for those who build the school's timetables. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class TimetablesViewContribution implements ViewContribution {
    static final String ROUTE = "timetables";

    @Activate
    public TimetablesViewContribution(@Reference SchoolTimetableService timetables, @Reference OrganisationService organisations,
            @Reference AccessControl access, @Reference CurrentUser currentUser, @Reference Translator translator,
            @Reference kz.digitaledu.platform.api.timetable.PublishedTimetables published) {
        TimetableUi.set(new TimetableUi.Services(timetables, organisations, access, currentUser, translator, published));
    }

    @Deactivate
    void deactivate() {
        TimetableUi.set(null);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "timetable.web.menu";
    }

    @Override
    public String icon() {
        return "CALENDAR";
    }

    @Override
    public String requiredPermission() {
        return TimetablePermissions.MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return TimetablesView.class;
    }

    @Override
    public int order() {
        return 40;
    }
}
