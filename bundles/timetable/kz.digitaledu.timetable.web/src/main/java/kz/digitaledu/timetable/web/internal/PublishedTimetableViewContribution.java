package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.core.TimetablePermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The school's timetable in force, read-only, in the shell's menu for staff and officers who may read it. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class PublishedTimetableViewContribution implements ViewContribution {
    static final String ROUTE = "school-timetable";

    @Activate
    public PublishedTimetableViewContribution(@Reference SchoolTimetableService timetables) {
        // the screens' services are handed over by TimetablesViewContribution; referencing the service keeps this
        // entry in the menu only while the timetables are there
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "timetable.web.published.menu";
    }

    @Override
    public String icon() {
        return "TABLE";
    }

    @Override
    public String requiredPermission() {
        return TimetablePermissions.VIEW;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PublishedTimetableView.class;
    }

    @Override
    public int order() {
        return 41;
    }
}
