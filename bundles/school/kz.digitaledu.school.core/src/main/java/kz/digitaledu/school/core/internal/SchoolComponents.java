package kz.digitaledu.school.core.internal;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.JournalService;
import kz.digitaledu.school.api.SchoolImportService;
import kz.digitaledu.school.api.SchoolReportService;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SubstitutionService;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;

/** The DS components of the school services: each wires its implementation from the platform's services. */
public final class SchoolComponents {
    static final String UNIT = "(osgi.unit.name=digitaledu.school)";

    private SchoolComponents() {
    }

    @Component(service = SchoolStructureService.class)
    public static class Structure extends StructureServiceImpl {
        @Activate
        public Structure(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema, @Reference CurrentUser currentUser,
                @Reference AccessControl access, @Reference PersonDirectory persons, @Reference AuditService audit) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, audit);
        }

        /** The Timetables component's published timetables: there only while that component runs. */
        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
                policyOption = ReferencePolicyOption.GREEDY)
        private volatile PublishedTimetables publishedTimetables;

        @Override
        protected PublishedTimetables publishedTimetables() {
            return publishedTimetables;
        }
    }

    @Component(service = JournalService.class)
    public static class Journal extends JournalServiceImpl {
        @Activate
        public Journal(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema, @Reference CurrentUser currentUser,
                @Reference AccessControl access, @Reference PersonDirectory persons, @Reference AuditService audit,
                @Reference NotificationService notifications) {
            this(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, audit, notifications);
        }

        private Journal(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit, NotificationService notifications) {
            this(jpa, access, persons, audit, notifications, notifier());
        }

        private final ExecutorService notifier;

        private Journal(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit, NotificationService notifications,
                ExecutorService notifier) {
            super(jpa, access, new StructureServiceImpl(jpa, access, persons, audit), persons, audit, notifications, Clock.systemDefaultZone(),
                    notifier);
            this.notifier = notifier;
        }

        /** One thread sends parents' notifications in order; when it falls far behind, the request thread sends. */
        private static ExecutorService notifier() {
            return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                    r -> new Thread(r, "school-notifications"), new ThreadPoolExecutor.CallerRunsPolicy());
        }

        @Deactivate
        void deactivate() throws InterruptedException {
            notifier.shutdown();
            notifier.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Component(service = SubstitutionService.class)
    public static class Substitutions extends SubstitutionServiceImpl {
        @Activate
        public Substitutions(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema,
                @Reference CurrentUser currentUser, @Reference AccessControl access, @Reference PersonDirectory persons,
                @Reference AuditService audit, @Reference NotificationService notifications) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, audit, notifications, Clock.systemDefaultZone());
        }
    }

    @Component(service = SchoolReportService.class)
    public static class Reports extends SchoolReportServiceImpl {
        @Activate
        public Reports(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema, @Reference CurrentUser currentUser,
                @Reference AccessControl access, @Reference PersonDirectory persons, @Reference AuditService audit,
                @Reference Translator translator) {
            this(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, audit, translator);
        }

        private Reports(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit, Translator translator) {
            super(jpa, access, new StructureServiceImpl(jpa, access, persons, audit), persons, translator, Clock.systemDefaultZone());
        }
    }

    @Component(service = SchoolImportService.class)
    public static class Import extends SchoolImportServiceImpl {
        @Activate
        public Import(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema, @Reference CurrentUser currentUser,
                @Reference AccessControl access, @Reference PersonDirectory persons, @Reference UserService users,
                @Reference AuditService audit, @Reference Translator translator, @Reference ReportRenderer renderer,
                @Reference SpreadsheetReader reader) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, users, audit, translator, renderer, reader);
        }
    }

    @Component(service = kz.digitaledu.school.api.HomeworkFileService.class)
    public static class HomeworkFiles extends HomeworkFileServiceImpl {
        @Activate
        public HomeworkFiles(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema,
                @Reference CurrentUser currentUser, @Reference AccessControl access, @Reference PersonDirectory persons,
                @Reference kz.digitaledu.platform.api.FileService files, @Reference AuditService audit) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, files, audit);
        }
    }

    @Component(service = kz.digitaledu.school.api.LessonPlanService.class)
    public static class LessonPlans extends LessonPlanServiceImpl {
        @Activate
        public LessonPlans(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema,
                @Reference CurrentUser currentUser, @Reference AccessControl access, @Reference PersonDirectory persons,
                @Reference AuditService audit, @Reference SpreadsheetReader reader) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), audit, reader);
        }
    }

    @Component(service = DiaryService.class)
    public static class Diary extends DiaryServiceImpl {
        @Activate
        public Diary(@Reference(target = UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema, @Reference CurrentUser currentUser,
                @Reference AccessControl access, @Reference PersonDirectory persons) {
            super(new Jpa(emf), new SchoolAccess(currentUser, access, persons), persons, Clock.systemDefaultZone());
        }
    }
}
