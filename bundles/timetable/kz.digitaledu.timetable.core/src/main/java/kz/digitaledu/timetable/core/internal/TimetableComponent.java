package kz.digitaledu.timetable.core.internal;

import java.time.Clock;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.solver.TimetableSolverService;
import kz.digitaledu.timetable.solver.fet.FetInterchange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The school timetables service, also offered to the other components as the platform's {@link PublishedTimetables}. */
@Component(service = {SchoolTimetableService.class, PublishedTimetables.class})
public class TimetableComponent extends SchoolTimetableServiceImpl {

    @Activate
    public TimetableComponent(@Reference(target = "(osgi.unit.name=digitaledu.timetable)") EntityManagerFactory emf,
            @Reference TimetableDatabase schema, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit, @Reference Translator translator, @Reference FetInterchange fet,
            @Reference TimetableSolverService solver, @Reference ReportRenderer renderer, @Reference SpreadsheetReader spreadsheets) {
        super(new Jpa(emf), currentUser, access, audit, translator, fet, solver, renderer, spreadsheets, Clock.systemUTC());
    }

    @Deactivate
    void deactivate() {
        stopAll();
    }
}
