package kz.digitaledu.timetable.core.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.platform.core.internal.persistence.SqlMigrations;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.timetable.core.EditCheck;
import kz.digitaledu.timetable.core.SlotFit;
import kz.digitaledu.timetable.core.TimetableCheck;
import kz.digitaledu.timetable.core.TimetablePlan;
import kz.digitaledu.timetable.core.TimetableInfo;
import kz.digitaledu.timetable.core.TimetableStatus;
import kz.digitaledu.timetable.core.Week;
import kz.digitaledu.timetable.solver.internal.DefaultTimetableSolverService;
import kz.digitaledu.timetable.solver.internal.fet.DefaultFetInterchange;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** School timetables on embedded Derby with the real solver and FET reader; the platform's services are small fakes. */
class SchoolTimetableServiceTest {
    static final long SCHOOL_A = 10;
    static final long SCHOOL_B = 11;

    /** The platform's own thread-bound current user. */
    private final CurrentUser currentUser = new kz.digitaledu.platform.core.internal.CurrentUserImpl();
    private final List<String> audit = new ArrayList<>();
    private EntityManagerFactory emf;
    private SchoolTimetableServiceImpl service;

    private final EduPrincipal directorA = principal(1, "director", Role.SCHOOL_ADMIN, SCHOOL_A);
    private final EduPrincipal directorB = principal(2, "director67", Role.SCHOOL_ADMIN, SCHOOL_B);
    private final EduPrincipal teacherA = principal(3, "teacher", Role.TEACHER, SCHOOL_A);
    private final EduPrincipal studentA = principal(4, "student", Role.STUDENT, SCHOOL_A);

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:timetable-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        new SqlMigrations(ds).migrate("timetable", getClass().getClassLoader());
        emf = Persistence.createEntityManagerFactory("digitaledu.timetable", Map.of("javax.persistence.nonJtaDataSource", ds));
        service = new SchoolTimetableServiceImpl(new Jpa(emf), currentUser, accessControl(), auditService(), translator(),
                new DefaultFetInterchange(), new DefaultTimetableSolverService(),
                new kz.digitaledu.platform.report.internal.ReportComponents.Renderer(),
                new kz.digitaledu.platform.report.internal.ReportComponents.Reader(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        service.stopAll();
        emf.close();
    }

    private static EduPrincipal principal(long id, String name, Role role, long org) {
        return new EduPrincipal(id, name, name, Locale.forLanguageTag("ru"), List.of(new RoleGrant(role, org)));
    }

    private <T> T as(EduPrincipal p, Callable<T> work) throws Exception {
        return currentUser.callAs(p, work);
    }

    private static byte[] smallSchool() throws IOException {
        try (InputStream in = SchoolTimetableServiceTest.class.getResourceAsStream("/fet/small-school.fet")) {
            return in.readAllBytes();
        }
    }

    private TimetableInfo awaitSolved(long id) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(directorA, () -> service.get(id)), i -> !i.solving());
    }

    @Test
    void aFetFileIsImportedSolvedInTheBackgroundAndPublished() throws Exception {
        TimetableInfo started = as(directorA, () -> service.importFet(SCHOOL_A, "2026–2027, first term", smallSchool(), 5));
        assertEquals(TimetableStatus.DRAFT, started.status());
        assertEquals(10, started.lessons(), "the file's 11 activities, one of them inactive");
        assertEquals(Map.of("ConstraintTeacherMaxSpanPerDay", 1), started.unmappedHard(), "an unmodelled FET constraint is reported");
        assertTrue(started.problems().isEmpty(), started.problems().toString());

        TimetableInfo solved = awaitSolved(started.id());
        assertEquals(0L, solved.hardScore(), "no hard condition broken");
        TimetableCheck check = as(directorA, () -> service.check(started.id()));
        assertEquals(0, check.hardScore());
        assertTrue(check.unplaced().isEmpty());
        assertTrue(check.broken().stream().noneMatch(TimetableCheck.Broken::hard), check.toString());
        assertEquals(solved.softScore(), check.softScore(), "the check scores what was stored");
        assertEquals(check.softScore(), check.broken().stream().mapToLong(TimetableCheck.Broken::penalty).sum(),
                "each soft penalty is explained");
        assertEquals(0, solved.unplaced());
        assertTrue(solved.feasible());
        List<PublishedLesson> lessons = as(directorA, () -> service.lessons(started.id()));
        assertFalse(lessons.isEmpty());
        assertTrue(lessons.stream().allMatch(l -> l.period() >= 1 && l.period() <= 4 && l.day().getValue() <= 3), lessons.toString());
        // no class is in two places at once
        Set<String> seen = new HashSet<>();
        for (PublishedLesson l : lessons) {
            for (String set : l.studentSets()) {
                assertTrue(seen.add(set + "/" + l.day() + "/" + l.period()) || set.equals("7"), "double booking of " + set + " in " + l);
            }
        }

        LocalDate from = LocalDate.of(2026, 9, 1);
        assertTrue(service.inForce(SCHOOL_A, from).isEmpty(), "a draft is not in force");
        TimetableInfo published = as(directorA, () -> service.publish(started.id(), from));
        assertEquals(TimetableStatus.PUBLISHED, published.status());
        Optional<PublishedTimetable> inForce = service.inForce(SCHOOL_A, from.plusDays(10));
        assertTrue(inForce.isPresent());
        assertEquals(lessons, inForce.get().lessons());
        assertTrue(service.inForce(SCHOOL_A, from.minusDays(1)).isEmpty(), "not before its first day");
        assertTrue(service.inForce(SCHOOL_B, from).isEmpty(), "another school has none");
        assertTrue(audit.containsAll(List.of("timetable.import", "timetable.publish")), audit.toString());

        EduException again = assertThrows(EduException.class, () -> as(directorA, () -> service.solve(started.id(), 5)));
        assertEquals(409, again.status(), "a published timetable is not solved again");
        String fet = new String(as(directorA, () -> service.exportFet(started.id())), StandardCharsets.UTF_8);
        assertTrue(fet.contains("<Permanently_Locked>true</Permanently_Locked>"));
        String activities = new String(as(directorA, () -> service.exportActivities(started.id())), StandardCharsets.UTF_8);
        assertTrue(activities.contains("<Activities_Timetable>"));

        // the weeks as files to print: every class on its own sheet, periods down, days across
        byte[] xlsx = as(teacherA, () -> service.exportWeeks(started.id(), Week.Kind.CLASS, null, "xlsx"));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> sheets = book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
            assertEquals(List.of("7A", "7A de", "7A en", "7B"), sheets, "every class and group that has lessons");
            List<org.dhatim.fastexcel.reader.Row> rows = book.getSheets().filter(sh -> sh.getName().equals("7B")).findFirst().orElseThrow().read();
            String all = rows.stream().flatMap(r -> r.stream()).filter(java.util.Objects::nonNull).map(c -> c.getRawValue() == null ? "" : c.getRawValue())
                    .collect(java.util.stream.Collectors.joining("|"));
            assertTrue(all.contains("Math (Aigul"), all);
        }
        byte[] pdf = as(directorA, () -> service.exportWeeks(started.id(), Week.Kind.TEACHER, "Aigul", "pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(422, assertThrows(EduException.class, () -> as(directorA, () -> service.exportWeeks(started.id(), Week.Kind.ROOM, null, "doc"))).status());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorA, () -> service.exportWeeks(started.id(), Week.Kind.TEACHER, "Nobody", "pdf"))).status());
    }

    @Test
    void aTimetableWhosePeriodsHaveNoClockTimesCannotGoIntoACalendar() throws Exception {
        TimetableInfo t = as(directorA, () -> service.importFet(SCHOOL_A, "no times", smallSchool(), 3));
        awaitSolved(t.id());
        EduException refused = assertThrows(EduException.class, () -> as(directorA, () -> service.exportCalendar(t.id(), Week.Kind.CLASS, "7B", null)));
        assertEquals(422, refused.status());
        assertEquals("timetable.calendar.no_times", refused.fieldErrors().get(0).messageKey());
    }

    @Test
    void stoppingKeepsTheBestSoFarAndSolvingResumesFromIt() throws Exception {
        TimetableInfo started = as(directorA, () -> service.importFet(SCHOOL_A, "long", smallSchool(), 600));
        assertTrue(started.solving());
        EduException twice = assertThrows(EduException.class, () -> as(directorA, () -> service.solve(started.id(), 5)));
        assertEquals(409, twice.status());
        TimetableInfo stopped = as(directorA, () -> service.stop(started.id()));
        assertFalse(stopped.solving());
        assertNotNull(stopped.hardScore(), "the best solution so far is kept");
        assertTrue(stopped.elapsedMillis() > 0);
        TimetableInfo resumed = as(directorA, () -> service.solve(started.id(), 5));
        assertTrue(resumed.solving());
        TimetableInfo done = awaitSolved(started.id());
        assertTrue(done.hardScore() >= stopped.hardScore(), "resuming starts from the kept solution, never worse");
    }

    @Test
    void aBrokenFileGetsLineNumberedErrorsAndStoresNothing() throws Exception {
        EduException bad = assertThrows(EduException.class,
                () -> as(directorA, () -> service.importFet(SCHOOL_A, "broken", "<fet><Days_List>".getBytes(StandardCharsets.UTF_8), 5)));
        assertEquals(422, bad.status());
        assertTrue(bad.fieldErrors().get(0).field().startsWith("line "), bad.fieldErrors().toString());
        EduException noName = assertThrows(EduException.class, () -> as(directorA, () -> service.importFet(SCHOOL_A, " ", smallSchool(), 5)));
        assertEquals(422, noName.status());
        EduException tooLong = assertThrows(EduException.class, () -> as(directorA, () -> service.importFet(SCHOOL_A, "x", smallSchool(), 100_000)));
        assertEquals(422, tooLong.status());
        assertEquals(List.of(), as(directorA, () -> service.list(SCHOOL_A)));
        assertTrue(audit.isEmpty());
    }

    @Test
    void aDraftThatBreaksHardConditionsIsNotPublished() throws Exception {
        TimetableInfo draft = as(directorA, () -> service.importFet(SCHOOL_A, "unsolved", smallSchool(), 0));
        assertFalse(draft.solving());
        TimetableCheck check = as(directorA, () -> service.check(draft.id()));
        assertEquals(9, check.unplaced().size(), "every lesson but the one the file locks: " + check.unplaced());
        assertTrue(check.unplaced().stream().anyMatch(l -> l.startsWith("Lang · 7A en · Berik")), check.unplaced().toString());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorB, () -> service.check(draft.id()))).status());
        EduException refused = assertThrows(EduException.class, () -> as(directorA, () -> service.publish(draft.id(), LocalDate.of(2026, 9, 1))));
        assertEquals(409, refused.status());
        assertEquals("timetable.not_feasible", refused.messageKey());
        assertEquals(TimetableStatus.DRAFT, as(directorA, () -> service.get(draft.id())).status());
    }

    @Test
    void schoolsSeeOnlyTheirOwnAndTeachersOnlyWhatIsPublished() throws Exception {
        TimetableInfo draft = as(directorA, () -> service.importFet(SCHOOL_A, "A", smallSchool(), 5));
        awaitSolved(draft.id());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorB, () -> service.get(draft.id()))).status());
        assertEquals(403, assertThrows(EduException.class, () -> as(directorB, () -> service.list(SCHOOL_A))).status());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorB, () -> service.stop(draft.id()))).status());
        assertEquals(404, assertThrows(EduException.class, () -> as(teacherA, () -> service.lessons(draft.id()))).status(),
                "a draft is not shown to teachers");
        assertEquals(403, assertThrows(EduException.class, () -> as(teacherA, () -> service.importFet(SCHOOL_A, "t", smallSchool(), 0))).status());
        as(directorA, () -> service.publish(draft.id(), LocalDate.of(2026, 9, 1)));
        assertFalse(as(teacherA, () -> service.lessons(draft.id())).isEmpty(), "the published one is");
        assertEquals(404, assertThrows(EduException.class, () -> as(studentA, () -> service.get(draft.id()))).status());
        assertThrows(EduException.class, () -> service.get(draft.id()), "nobody signed in");
    }

    /** Two lessons of the same class at different single periods (the class would be double-booked if one moved onto the other). */
    private static TimetablePlan.Lesson[] sameClassPair(TimetablePlan plan) {
        for (TimetablePlan.Lesson a : plan.lessons()) {
            for (TimetablePlan.Lesson b : plan.lessons()) {
                if (a != b && a.duration() == 1 && b.duration() == 1 && a.day() != null && b.day() != null && !a.pinned() && !b.pinned()
                        && a.studentSets().equals(b.studentSets()) && (a.day() != b.day() || !a.period().equals(b.period()))
                        ) {
                    return new TimetablePlan.Lesson[] {a, b};
                }
            }
        }
        throw new AssertionError("no pair in " + plan);
    }

    private static TimetablePlan.Lesson lessonIn(TimetablePlan plan, String id) {
        return plan.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void lessonsAreMovedSwappedAndPinnedByHandWithTheirConflictsShownAndKeptAcrossSolves() throws Exception {
        TimetableInfo started = as(directorA, () -> service.importFet(SCHOOL_A, "by hand", smallSchool(), 5));
        long id = awaitSolved(started.id()).id();
        TimetablePlan plan = as(directorA, () -> service.plan(id));
        assertEquals(0, plan.hardScore());
        assertEquals(10, plan.lessons().size());
        TimetablePlan.Lesson[] pair = sameClassPair(plan);
        TimetablePlan.Lesson a = pair[0];
        TimetablePlan.Lesson b = pair[1];
        java.time.Instant stored = as(directorA, () -> service.get(id)).updatedAt();

        // what if: a onto b's period double-books the class; nothing changes
        EditCheck preview = as(directorA, () -> service.previewMove(id, a.id(), b.day(), b.period(), null));
        assertTrue(preview.allowed(), () -> a + " -> " + b + ": " + preview);
        assertTrue(preview.hardDelta() < 0, preview.toString());
        TimetableCheck.Broken clash = preview.conflicts().get(0);
        assertTrue(clash.hard(), clash.toString());
        assertEquals(2, clash.lessons().size(), "both lessons are named: " + clash);
        assertEquals(stored, as(directorA, () -> service.get(id)).updatedAt(), "a preview stores nothing");
        assertEquals(a.day(), lessonIn(as(directorA, () -> service.plan(id)), a.id()).day());
        List<SlotFit> fits = as(directorA, () -> service.fits(id, a.id()));
        assertTrue(fits.stream().anyMatch(f -> f.day() == b.day() && f.period() == b.period() && f.hardDelta() == preview.hardDelta()), fits.toString());
        assertTrue(fits.stream().anyMatch(f -> f.day() == a.day() && f.period() == a.period() && f.hardDelta() == 0 && f.softDelta() == 0), fits.toString());

        // the move is made even so, pinned, stored, and the full check agrees with the incremental score
        EditCheck moved = as(directorA, () -> service.move(id, a.id(), b.day(), b.period(), null));
        assertEquals(preview.hardAfter(), moved.hardAfter());
        assertEquals(preview.softAfter(), moved.softAfter());
        assertEquals(moved.hardAfter(), moved.timetable().hardScore());
        assertEquals(moved.hardAfter(), as(directorA, () -> service.check(id)).hardScore());
        assertEquals(moved.softAfter(), as(directorA, () -> service.check(id)).softScore());
        assertTrue(lessonIn(as(directorA, () -> service.plan(id)), a.id()).pinned());
        assertTrue(as(directorA, () -> service.lessons(id)).stream().filter(l -> l.day() == b.day() && l.period() == b.period()).count() >= 2,
                "the stored week has both lessons at b's period");
        assertEquals(409, assertThrows(EduException.class, () -> as(directorA, () -> service.publish(id, LocalDate.of(2026, 9, 1)))).status());

        // back where it was: feasible again
        EditCheck back = as(directorA, () -> service.move(id, a.id(), a.day(), a.period(), null));
        assertEquals(0, back.hardAfter());

        // a swap of the two exchanges their periods and pins both
        EditCheck swapped = as(directorA, () -> service.swap(id, a.id(), b.id()));
        assertTrue(swapped.allowed());
        TimetablePlan afterSwap = as(directorA, () -> service.plan(id));
        assertEquals(b.day(), lessonIn(afterSwap, a.id()).day());
        assertEquals(b.period(), lessonIn(afterSwap, a.id()).period());
        assertEquals(a.period(), lessonIn(afterSwap, b.id()).period());
        assertTrue(lessonIn(afterSwap, b.id()).pinned());
        as(directorA, () -> service.pin(id, b.id(), false));

        // pins survive a restart, and solving again leaves the pinned lesson where it was put
        service.stopAll();
        service = new SchoolTimetableServiceImpl(new Jpa(emf), currentUser, accessControl(), auditService(), translator(),
                new DefaultFetInterchange(), new DefaultTimetableSolverService(),
                new kz.digitaledu.platform.report.internal.ReportComponents.Renderer(),
                new kz.digitaledu.platform.report.internal.ReportComponents.Reader(), Clock.systemUTC());
        TimetablePlan reopened = as(directorA, () -> service.plan(id));
        assertTrue(lessonIn(reopened, a.id()).pinned());
        assertFalse(lessonIn(reopened, b.id()).pinned());
        as(directorA, () -> service.solve(id, 2));
        assertEquals(409, assertThrows(EduException.class, () -> as(directorA, () -> service.move(id, b.id(), a.day(), a.period(), null))).status(),
                "no hand edit while solving");
        awaitSolved(id);
        TimetablePlan resolved = as(directorA, () -> service.plan(id));
        assertEquals(b.day(), lessonIn(resolved, a.id()).day());
        assertEquals(b.period(), lessonIn(resolved, a.id()).period());
        assertTrue(audit.containsAll(List.of("timetable.move", "timetable.swap", "timetable.unpin")), audit.toString());
    }

    @Test
    void aHandEditThatCannotBeMadeIsRefusedAndChangesNothing() throws Exception {
        TimetableInfo started = as(directorA, () -> service.importFet(SCHOOL_A, "refusals", smallSchool(), 5));
        long id = awaitSolved(started.id()).id();
        TimetablePlan plan = as(directorA, () -> service.plan(id));
        TimetablePlan.Lesson a = sameClassPair(plan)[0];
        java.time.Instant stored = as(directorA, () -> service.get(id)).updatedAt();
        EduException noSuchPeriod = assertThrows(EduException.class, () -> as(directorA, () -> service.move(id, a.id(), a.day(), 99, null)));
        assertEquals(422, noSuchPeriod.status());
        assertEquals("timetable.edit.not_allowed", noSuchPeriod.fieldErrors().get(0).messageKey());
        assertFalse(as(directorA, () -> service.previewMove(id, a.id(), java.time.DayOfWeek.SUNDAY, 1, null)).allowed());
        assertEquals(422, assertThrows(EduException.class, () -> as(directorA, () -> service.move(id, a.id(), a.day(), a.period(), "Nowhere"))).status());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorA, () -> service.move(id, "no-such-lesson", a.day(), 1, null))).status());
        assertEquals(422, assertThrows(EduException.class, () -> as(directorA, () -> service.swap(id, a.id(), a.id()))).status());
        assertEquals(404, assertThrows(EduException.class, () -> as(directorB, () -> service.move(id, a.id(), a.day(), 1, null))).status(),
                "another school's timetable does not exist for its director");
        assertEquals(404, assertThrows(EduException.class, () -> as(teacherA, () -> service.plan(id))).status());
        assertEquals(stored, as(directorA, () -> service.get(id)).updatedAt());
        assertTrue(audit.stream().noneMatch(x -> x.startsWith("timetable.move") || x.startsWith("timetable.swap")), audit.toString());
        as(directorA, () -> service.publish(id, LocalDate.of(2026, 9, 1)));
        assertEquals(409, assertThrows(EduException.class, () -> as(directorA, () -> service.move(id, a.id(), a.day(), a.period(), null))).status(),
                "a published timetable is not edited");
    }

    @Test
    void theFilledInTemplateWorkbookImportsAndSolvesAndABadOneStoresNothing() throws Exception {
        byte[] template = as(directorA, () -> service.workbookTemplate());
        TimetableInfo imported = as(directorA, () -> service.importWorkbook(SCHOOL_A, "from the workbook", template, 5));
        assertEquals(6, imported.lessons(), "the template's examples: algebra 3, a double PE lesson, English 2");
        assertTrue(imported.problems().isEmpty(), imported.problems().toString());
        TimetableInfo solved = awaitSolved(imported.id());
        assertEquals(0L, solved.hardScore());
        assertEquals(0, solved.unplaced());
        assertEquals(422, assertThrows(EduException.class,
                () -> as(directorA, () -> service.importWorkbook(SCHOOL_A, "not a workbook", "hello".getBytes(StandardCharsets.UTF_8), 0))).status());
        assertEquals(403, assertThrows(EduException.class, () -> as(teacherA, () -> service.importWorkbook(SCHOOL_A, "t", template, 0))).status());
        // a real workbook with mistakes: each is named by sheet, row and column
        java.util.function.Function<String, List<kz.digitaledu.platform.api.report.Report.Column>> cols = names -> java.util.Arrays.stream(names.split(","))
                .map(n -> kz.digitaledu.platform.api.report.Report.Column.of(n, 10)).toList();
        byte[] wrong = new kz.digitaledu.platform.report.internal.ReportComponents.Renderer().xlsx(new kz.digitaledu.platform.api.report.Report("x", "", List.of(
                new kz.digitaledu.platform.api.report.Report.Table("Week", cols.apply("day,periods"), List.of(List.of("Mon", 5), List.of("Tue", 5))),
                new kz.digitaledu.platform.api.report.Report.Table("Rooms", cols.apply("room,building,type,capacity"), List.of(List.of("101", "", "class", 30))),
                new kz.digitaledu.platform.api.report.Report.Table("Teachers", cols.apply("teacher,max,gaps,na"), List.of(List.of("Aigul", "", "", "Sun"))),
                new kz.digitaledu.platform.api.report.Report.Table("Classes", cols.apply("class,students,groups"), List.of(List.of("7A", 25, ""))),
                new kz.digitaledu.platform.api.report.Report.Table("Curriculum", cols.apply("classes,subject,teachers,hours,length,type,spread"),
                        List.of(List.of("7A", "Algebra", "Aigul", 3, 1, "", ""), List.of("7B", "Algebra", "Dana", 3, 1, "", ""))))));
        EduException mistakes = assertThrows(EduException.class, () -> as(directorA, () -> service.importWorkbook(SCHOOL_A, "wrong", wrong, 0)));
        assertEquals(422, mistakes.status());
        assertEquals(List.of("teachers!2!notAvailable", "curriculum!3!classes", "curriculum!3!teachers"),
                mistakes.fieldErrors().stream().map(EduException.FieldError::field).toList());
        assertEquals(1, as(directorA, () -> service.list(SCHOOL_A)).size(), "nothing else was stored");

        // the workbook's bells give the periods clock times: the week goes into a phone's calendar
        List<PublishedLesson> lessons = as(directorA, () -> service.lessons(imported.id()));
        assertTrue(lessons.stream().allMatch(l -> l.start() != null && l.end() != null), lessons.toString());
        String ics = new String(as(directorA, () -> service.exportCalendar(imported.id(), Week.Kind.CLASS, "7A", null)), StandardCharsets.UTF_8);
        assertTrue(ics.contains("SUMMARY:Algebra"), ics);
        int events = ics.split("BEGIN:VEVENT", -1).length - 1;
        // algebra 3, the double PE lesson, English 2 (7A en is a group of 7A); lessons right after one another are one event
        assertTrue(events >= 3 && events <= 6, ics);
        assertEquals(1, ics.split("SUMMARY:Physical education", -1).length - 1, "the double lesson is one event");
        assertEquals(404, assertThrows(EduException.class,
                () -> as(directorA, () -> service.exportCalendar(imported.id(), Week.Kind.CLASS, "9Z", null))).status());
    }

    // ---------------------------------------------------------------- fakes

    private static AccessControl accessControl() {
        Map<Role, Set<String>> grants = new TimetablePermissionProvider().defaultGrants();
        return new AccessControl() {
            @Override
            public boolean isPermitted(EduPrincipal principal, String permission, long organisationId) {
                return organisationsWith(principal, permission).contains(organisationId);
            }

            @Override
            public boolean isPermittedAnywhere(EduPrincipal principal, String permission) {
                return !organisationsWith(principal, permission).isEmpty();
            }

            @Override
            public Set<Long> organisationsWith(EduPrincipal principal, String permission) {
                Set<Long> out = new HashSet<>();
                for (RoleGrant g : principal.grants()) {
                    if (grants.getOrDefault(g.role(), Set.of()).contains(permission)) {
                        out.add(g.organisationId());
                    }
                }
                return out;
            }

            @Override
            public Set<Permission> knownPermissions() {
                return Set.copyOf(new TimetablePermissionProvider().permissions());
            }
        };
    }

    private AuditService auditService() {
        return (AuditService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditService.class}, (proxy, method, args) -> {
            if (method.getName().equals("record")) {
                synchronized (audit) {
                    audit.add((String) args[0]);
                }
                return null;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    private static Translator translator() {
        return new Translator() {
            @Override
            public String translate(Locale locale, String key, Object... args) {
                return key;
            }

            @Override
            public boolean has(String key) {
                return true;
            }
        };
    }
}
