package kz.digitaledu.timetable.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Validation;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.timetable.core.EditCheck;
import kz.digitaledu.timetable.core.FetUploads;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.core.TimetableCheck;
import kz.digitaledu.timetable.core.SlotFit;
import kz.digitaledu.timetable.core.TimetableInfo;
import kz.digitaledu.timetable.core.TimetablePlan;
import kz.digitaledu.timetable.core.TimetablePermissions;
import kz.digitaledu.timetable.core.TimetableStatus;
import kz.digitaledu.timetable.core.Week;
import kz.digitaledu.timetable.core.internal.persistence.TimetableEntity;
import kz.digitaledu.timetable.core.internal.persistence.TimetableLessonEntity;
import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.EditImpact;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolveProgress;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.TimetableEditor;
import kz.digitaledu.timetable.solver.TimetableSolverService;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.fet.FetInterchange;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * School timetables in the database. The FET file is the timetable's data: the uploaded file, and the same file with
 * the best timetable so far locked in ({@code fet_current}), from which a solve resumes and the exports are written.
 * The placed lessons are also stored row by row ({@code tt_lesson}) for reading and publication.
 */
public class SchoolTimetableServiceImpl implements SchoolTimetableService, PublishedTimetables {
    private static final Logger LOG = LoggerFactory.getLogger(SchoolTimetableServiceImpl.class);
    static final int MAX_SECONDS = 600;

    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final AuditService audit;
    private final Translator translator;
    private final FetInterchange fet;
    private final TimetableSolverService solver;
    private final ReportRenderer renderer;
    private final SpreadsheetReader spreadsheets;
    private final Clock clock;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /** A solve in progress: the job, its latest progress, and completed once its best solution is stored. */
    private record Running(SolveJob job, AtomicReference<SolveProgress> progress, Instant started, CompletableFuture<Void> stored) {
    }

    public SchoolTimetableServiceImpl(Jpa jpa, CurrentUser currentUser, AccessControl access, AuditService audit, Translator translator,
            FetInterchange fet, TimetableSolverService solver, ReportRenderer renderer, SpreadsheetReader spreadsheets, Clock clock) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
        this.translator = translator;
        this.fet = fet;
        this.solver = solver;
        this.renderer = renderer;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- import

    @Override
    public TimetableInfo importFet(long schoolId, String name, byte[] file, int solveSeconds) {
        EduPrincipal me = currentUser.require();
        access.check(me, TimetablePermissions.MANAGE, schoolId);
        new Validation().required("name", name).maxLength("name", name, 200)
                .check(solveSeconds >= 0 && solveSeconds <= MAX_SECONDS, "seconds", "timetable.seconds_range", 0, MAX_SECONDS)
                .throwIfAny();
        FetImportResult imported = FetUploads.read(fet, file);
        Timetable problem = imported.timetable();
        checkWeekly(problem);
        List<String> problems = problems(problem, me.locale());
        Instant now = clock.instant();
        TimetableEntity e = new TimetableEntity();
        e.organisationId = schoolId;
        e.name = name.strip();
        e.status = TimetableStatus.DRAFT.name();
        e.fetInput = new String(file, StandardCharsets.UTF_8);
        e.createdAt = now;
        e.createdBy = me.accountId();
        e.updatedAt = now;
        e.unmappedHard = imported.unmappedHard().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                .collect(Collectors.joining("\n"));
        if (imported.placedLessons() > 0) {
            solver.score(problem);
        }
        long id = jpa.tx(em -> {
            apply(e, problem, Duration.ZERO);
            em.persist(e);
            em.flush();
            writeLessons(em, e.id, problem);
            return e.id;
        });
        audit.record("timetable.import", "timetable", id, schoolId, null,
                Map.of("name", e.name, "lessons", e.lessonCount, "placed", imported.placedLessons()));
        if (solveSeconds > 0 && problem.countUnplaced() > 0 && problems.isEmpty()) {
            start(id, problem, solveSeconds);
        }
        return info(load(id), problems, me.locale());
    }

    @Override
    public TimetableInfo importWorkbook(long schoolId, String name, byte[] xlsx, int solveSeconds) {
        EduPrincipal me = currentUser.require();
        access.check(me, TimetablePermissions.MANAGE, schoolId);
        new Validation().required("file", xlsx == null || xlsx.length == 0 ? null : xlsx).throwIfAny();
        WorkbookTimetable.Result read = WorkbookTimetable.read(spreadsheets.read(new ByteArrayInputStream(xlsx), WorkbookTimetable.MAX_ROWS));
        if (!read.errors().isEmpty()) {
            throw EduException.invalid(read.errors());
        }
        return importFet(schoolId, name, read.fet().getBytes(StandardCharsets.UTF_8), solveSeconds);
    }

    @Override
    public byte[] workbookTemplate() {
        Locale locale = currentUser.require().locale();
        java.util.function.Function<String, List<Report.Column>> cols = keys -> java.util.Arrays.stream(keys.split(","))
                .map(k -> Report.Column.of(translator.translate(locale, "timetable.workbook.col." + k), 18)).toList();
        java.util.function.Function<Integer, String> sheet = i -> translator.translate(locale, "timetable.workbook.sheet." + WorkbookTimetable.SHEETS[i]);
        java.util.function.Function<DayOfWeek, String> day = d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
        return renderer.xlsx(new Report(translator.translate(locale, "timetable.workbook.title"), "", List.of(
                new Report.Table(sheet.apply(0), cols.apply("day,periods"), List.of(List.of(day.apply(DayOfWeek.MONDAY), 6),
                        List.of(day.apply(DayOfWeek.TUESDAY), 6), List.of(day.apply(DayOfWeek.WEDNESDAY), 6),
                        List.of(day.apply(DayOfWeek.THURSDAY), 6), List.of(day.apply(DayOfWeek.FRIDAY), 5))),
                new Report.Table(sheet.apply(1), cols.apply("room,building,room_type,capacity"),
                        List.of(List.of("101", "Main", "class", 30), List.of("Gym", "Main", "gym", 60), List.of("Lab 1", "Annex", "lab", 26))),
                new Report.Table(sheet.apply(2), cols.apply("teacher,max_daily,max_gaps,not_available"),
                        List.of(List.of("Aigul Sadykova", 6, 4, day.apply(DayOfWeek.MONDAY) + " 1-2; " + day.apply(DayOfWeek.FRIDAY)), List.of("Berik Omarov", "", "", ""))),
                new Report.Table(sheet.apply(3), cols.apply("class,students,groups"),
                        List.of(List.of("7A", 26, "7A en, 7A de"), List.of("7B", 24, ""))),
                new Report.Table(sheet.apply(4), cols.apply("classes,subject,teachers,hours,length,room_type,spread"),
                        List.of(List.of("7A", "Algebra", "Aigul Sadykova", 3, 1, "", "yes"),
                                List.of("7A, 7B", "Physical education", "Berik Omarov", 2, 2, "gym", "yes"),
                                List.of("7A en", "English", "Aigul Sadykova", 2, 1, "", "yes"))),
                new Report.Table(sheet.apply(5), cols.apply("period,start,end"), List.of(List.of(1, "08:30", "09:15"),
                        List.of(2, "09:20", "10:05"), List.of(3, "10:20", "11:05"), List.of(4, "11:15", "12:00"), List.of(5, "12:05", "12:50"),
                        List.of(6, "12:55", "13:40"))))));
    }

    /** A weekly timetable only: days map onto Monday… Sunday. */
    private static void checkWeekly(Timetable problem) {
        if (problem.getDayNames().size() > 7) {
            throw EduException.invalid("file", "timetable.too_many_days");
        }
    }

    private List<String> problems(Timetable problem, Locale locale) {
        return solver.check(problem).stream().limit(100)
                .map(p -> translator.translate(locale, p.messageKey(), p.args().toArray())).toList();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public List<TimetableInfo> list(long schoolId) {
        EduPrincipal me = currentUser.require();
        access.check(me, TimetablePermissions.MANAGE, schoolId);
        return jpa.read(em -> em.createQuery("SELECT t FROM TimetableEntity t WHERE t.organisationId = :o ORDER BY t.id DESC",
                TimetableEntity.class).setParameter("o", schoolId).getResultList()).stream()
                .map(t -> info(t, List.of(), me.locale())).toList();
    }

    @Override
    public TimetableInfo get(long timetableId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = readable(me, timetableId);
        return info(t, List.of(), me.locale());
    }

    @Override
    public List<PublishedLesson> lessons(long timetableId) {
        EduPrincipal me = currentUser.require();
        readable(me, timetableId);
        return jpa.read(em -> lessonsOf(em, timetableId));
    }

    /** A draft needs MANAGE; a published timetable also VIEW. Another school's timetable is "not found". */
    private TimetableEntity readable(EduPrincipal me, long id) {
        TimetableEntity t = load(id);
        boolean manage = access.isPermitted(me, TimetablePermissions.MANAGE, t.organisationId);
        boolean view = TimetableStatus.PUBLISHED.name().equals(t.status) && access.isPermitted(me, TimetablePermissions.VIEW, t.organisationId);
        if (!manage && !view) {
            throw EduException.notFound("timetable", id);
        }
        return t;
    }

    private TimetableEntity manageable(EduPrincipal me, long id) {
        TimetableEntity t = load(id);
        if (!access.isPermitted(me, TimetablePermissions.MANAGE, t.organisationId)) {
            throw EduException.notFound("timetable", id);
        }
        return t;
    }

    private TimetableEntity load(long id) {
        TimetableEntity t = jpa.read(em -> em.find(TimetableEntity.class, id));
        if (t == null) {
            throw EduException.notFound("timetable", id);
        }
        return t;
    }

    private static List<PublishedLesson> lessonsOf(EntityManager em, long timetableId) {
        return em.createQuery("SELECT l FROM TimetableLessonEntity l WHERE l.timetableId = :t ORDER BY l.dayOfWeek, l.period, l.id",
                TimetableLessonEntity.class).setParameter("t", timetableId).getResultList().stream()
                .map(l -> new PublishedLesson(DayOfWeek.of(l.dayOfWeek), l.period, time(l.startTime), time(l.endTime), l.subject, split(l.teachers),
                        split(l.studentSets), l.room, l.building))
                .toList();
    }

    private static java.time.LocalTime time(String hhmm) {
        return hhmm == null ? null : java.time.LocalTime.parse(hhmm);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    @Override
    public TimetableCheck check(long timetableId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        Locale locale = me.locale();
        Timetable timetable = solver.score(current(t));
        Map<String, Lesson> byId = timetable.getLessons().stream().collect(Collectors.toMap(Lesson::getId, l -> l, (a, b) -> a));
        List<TimetableCheck.Broken> broken = solver.explain(timetable).stream().map(v -> broken(v, byId, locale)).toList();
        List<String> unplaced = timetable.getLessons().stream()
                .filter(l -> l.getTimeslot() == null || (l.isNeedsRoom() && l.getRoom() == null)).limit(100)
                .map(l -> describe(l, locale)).toList();
        long hard = timetable.getScore() == null ? 0 : timetable.getScore().hardScore();
        long soft = timetable.getScore() == null ? 0 : timetable.getScore().softScore();
        return new TimetableCheck(hard, soft, broken, unplaced);
    }

    /** "Math · 7A · Aigul · Mon, 1" (without the time when it has none). */
    private String describe(Lesson l, Locale locale) {
        StringBuilder s = new StringBuilder(l.getSubject() == null ? "?" : l.getSubject().getName());
        String sets = l.getGroups().stream().map(StudentGroup::getName).collect(Collectors.joining(", "));
        String teachers = l.getTeachers().stream().map(Teacher::getName).collect(Collectors.joining(", "));
        for (String part : new String[] {sets, teachers}) {
            if (!part.isEmpty()) {
                s.append(" · ").append(part);
            }
        }
        if (l.getTimeslot() == null) {
            s.append(" · ").append(translator.translate(locale, "timetable.check.no_time"));
        } else {
            s.append(" · ").append(l.getTimeslot().getDayName()).append(", ").append(l.getTimeslot().getPeriodName());
            if (l.getRoom() != null) {
                s.append(" · ").append(l.getRoom().getName());
            }
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- solving

    @Override
    public TimetableInfo solve(long timetableId, int seconds) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        requireDraft(t);
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw EduException.invalid("seconds", "timetable.seconds_range", 1, MAX_SECONDS);
        }
        if (running.containsKey(timetableId)) {
            throw EduException.conflict("timetable.solving");
        }
        Timetable problem = current(t);
        audit.record("timetable.solve", "timetable", timetableId, t.organisationId, null, Map.of("seconds", seconds));
        start(timetableId, problem, seconds);
        return info(load(timetableId), List.of(), me.locale());
    }

    @Override
    public TimetableInfo stop(long timetableId) {
        EduPrincipal me = currentUser.require();
        manageable(me, timetableId);
        Running r = running.get(timetableId);
        if (r != null) {
            r.job().stop();
            awaitStored(r);
        }
        return info(load(timetableId), List.of(), me.locale());
    }

    /** The draft as a problem: from the latest solution locked in, unlocked again so that solving may move it. */
    private Timetable current(TimetableEntity t) {
        Timetable out = placed(t);
        Map<String, Boolean> pins = pins(t.pins);
        for (Lesson l : out.getLessons()) {
            Boolean pin = pins.get(l.getId());
            if (pin != null && l.getTimeslot() != null) {
                l.setPinned(pin);
            }
        }
        return out;
    }

    /** "id=1" lines: pinned by hand; "id=0": unpinned by hand (also when the uploaded file locked it). */
    static Map<String, Boolean> pins(String text) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String line : split(text)) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), "1".equals(line.substring(eq + 1)));
            }
        }
        return out;
    }

    static String pinsText(Map<String, Boolean> pins) {
        return pins.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() ? "1" : "0")).collect(Collectors.joining("\n"));
    }

    private Timetable placed(TimetableEntity t) {
        try {
            FetImportResult input = fet.read(new ByteArrayInputStream(t.fetInput.getBytes(StandardCharsets.UTF_8)), "timetable.fet");
            if (t.fetCurrent == null) {
                return input.timetable();
            }
            // the uploaded file's conditions with the places of the latest timetable: that file locks every placed
            // lesson, and read as the problem its locks would keep each lesson where it is
            Timetable problem = input.timetable();
            Timetable best = fet.read(new ByteArrayInputStream(t.fetCurrent.getBytes(StandardCharsets.UTF_8)), "timetable.fet").timetable();
            Map<String, Lesson> placedById = best.getLessons().stream().collect(Collectors.toMap(Lesson::getId, l -> l, (a, b) -> a));
            Map<Integer, Timeslot> slots = problem.getTimeslots().stream().collect(Collectors.toMap(Timeslot::getIndex, x -> x, (a, b) -> a));
            Map<String, Room> rooms = problem.getRooms().stream().collect(Collectors.toMap(Room::getId, r -> r, (a, b) -> a));
            for (Lesson l : problem.getLessons()) {
                Lesson p = placedById.get(l.getId());
                if (l.isPinned() || p == null) {
                    continue;
                }
                l.setTimeslot(p.getTimeslot() == null ? null : slots.get(p.getTimeslot().getIndex()));
                l.setRoom(p.getRoom() == null ? null : rooms.get(p.getRoom().getId()));
            }
            problem.recomputeRanges();
            return problem;
        } catch (FetImportException | IOException e) {
            throw new IllegalStateException("stored timetable " + t.id + " no longer reads", e);
        }
    }

    private void start(long id, Timetable problem, int seconds) {
        AtomicReference<SolveProgress> progress = new AtomicReference<>();
        SolveJob job = solver.solve(problem, new SolverOptions(Duration.ofSeconds(seconds), null, false, "NONE", null), progress::set);
        Running r = new Running(job, progress, clock.instant(), new CompletableFuture<>());
        if (running.putIfAbsent(id, r) != null) {
            job.stop();
            throw EduException.conflict("timetable.solving");
        }
        job.result().whenComplete((best, error) -> {
            try {
                if (error != null) {
                    LOG.error("Solving timetable {} failed", id, error);
                } else {
                    store(id, best, Duration.between(r.started(), clock.instant()));
                }
            } catch (RuntimeException e) {
                LOG.error("Storing the solution of timetable {} failed", id, e);
            } finally {
                running.remove(id);
                r.stored().complete(null);
            }
        });
    }

    /** The uploaded FET file with {@code placed} locked in. */
    private String lockedFet(TimetableEntity t, Timetable placed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fet.writeLockedInput(new ByteArrayInputStream(t.fetInput.getBytes(StandardCharsets.UTF_8)), placed, out);
        } catch (IOException | FetImportException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Keeps a solution: scores, the lessons, and the FET file with it locked in. */
    private void store(long id, Timetable best, Duration elapsed) {
        TimetableEntity t = load(id);
        String locked = lockedFet(t, best);
        jpa.run(em -> {
            TimetableEntity e = em.find(TimetableEntity.class, id);
            if (e == null || !TimetableStatus.DRAFT.name().equals(e.status)) {
                return;
            }
            apply(e, best, elapsed);
            e.fetCurrent = locked;
            e.updatedAt = clock.instant();
            em.createQuery("DELETE FROM TimetableLessonEntity l WHERE l.timetableId = :t").setParameter("t", id).executeUpdate();
            writeLessons(em, id, best);
        });
        LOG.info("Timetable {} solved: {}, {} unplaced, {} s", id, best.getScore(), best.countUnplaced(), elapsed.toSeconds());
    }

    private static void apply(TimetableEntity e, Timetable t, Duration elapsed) {
        e.lessonCount = t.getLessons().size();
        e.unplaced = t.countUnplaced();
        e.pinned = (int) t.getLessons().stream().filter(Lesson::isPinned).count();
        e.hardScore = t.getScore() == null ? null : t.getScore().hardScore();
        e.softScore = t.getScore() == null ? null : t.getScore().softScore();
        e.elapsedMillis = elapsed.toMillis();
    }

    private static void writeLessons(EntityManager em, long timetableId, Timetable t) {
        for (Lesson l : t.getLessons()) {
            if (l.getTimeslot() == null) {
                continue;
            }
            String teachers = l.getTeachers().stream().map(Teacher::getName).collect(Collectors.joining("\n"));
            String sets = l.getGroups().stream().map(StudentGroup::getName).collect(Collectors.joining("\n"));
            for (Timeslot slot : l.occupiedTimeslots()) {
                TimetableLessonEntity row = new TimetableLessonEntity();
                row.timetableId = timetableId;
                row.dayOfWeek = slot.getDayIndex() + 1;
                row.period = slot.getPeriod() + 1;
                java.time.LocalTime[] times = BellTimes.of(slot.getPeriodName());
                row.startTime = times == null ? null : BellTimes.text(times[0]);
                row.endTime = times == null ? null : BellTimes.text(times[1]);
                row.subject = cut(l.getSubject() == null ? "?" : l.getSubject().getName(), 300);
                row.teachers = cut(teachers, 2000);
                row.studentSets = cut(sets, 2000);
                row.room = l.getRoom() == null ? null : cut(l.getRoom().getName(), 300);
                row.building = l.getRoom() == null || l.getRoom().getBuilding() == null ? null : cut(l.getRoom().getBuilding().getName(), 300);
                em.persist(row);
            }
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // ---------------------------------------------------------------- editing by hand

    /** Editing sessions kept at most: each holds a timetable and OptaPlanner's incremental score state. */
    static final int MAX_EDIT_SESSIONS = 16;

    /** A timetable open for editing; {@code version} is the stored timetable's {@code updatedAt} it matches. */
    private static final class Editing {
        final TimetableEditor editor;
        final Map<String, Lesson> byId;
        Instant version;
        long lastUsed;

        Editing(TimetableEditor editor, Instant version) {
            this.editor = editor;
            this.version = version;
            this.byId = editor.timetable().getLessons().stream().collect(Collectors.toMap(Lesson::getId, l -> l, (a, b) -> a));
        }
    }

    private final Map<Long, Editing> sessions = new java.util.HashMap<>();

    /** The session of a stored timetable as it is now: kept while nothing else stored it again, else opened afresh. */
    private Editing session(TimetableEntity t) {
        synchronized (sessions) {
            Editing e = sessions.get(t.id);
            if (e == null || !e.version.equals(t.updatedAt)) {
                if (e != null) {
                    sessions.remove(t.id).editor.close();
                }
                while (sessions.size() >= MAX_EDIT_SESSIONS) {
                    Long oldest = sessions.entrySet().stream().min(java.util.Comparator.comparingLong(x -> x.getValue().lastUsed))
                            .orElseThrow().getKey();
                    sessions.remove(oldest).editor.close();
                }
                e = new Editing(solver.edit(current(t)), t.updatedAt);
                sessions.put(t.id, e);
            }
            e.lastUsed = System.nanoTime();
            return e;
        }
    }

    private void dropSession(long id, Editing e) {
        synchronized (sessions) {
            if (sessions.get(id) == e) {
                sessions.remove(id);
            }
        }
        e.editor.close();
    }

    /** A draft of the caller's school that is not being solved. */
    private TimetableEntity editable(EduPrincipal me, long id) {
        TimetableEntity t = manageable(me, id);
        requireDraft(t);
        if (running.containsKey(id)) {
            throw EduException.conflict("timetable.solving");
        }
        return t;
    }

    private static Lesson lesson(Editing e, String lessonId) {
        Lesson l = lessonId == null ? null : e.byId.get(lessonId);
        if (l == null) {
            throw EduException.notFound("lesson", lessonId);
        }
        return l;
    }

    /** The start at day/period (1-based), or null when the timetable has no such period. */
    private static Timeslot slot(Timetable t, DayOfWeek day, int period) {
        if (day == null) {
            return null;
        }
        return t.getTimeslots().stream().filter(s -> s.getDayIndex() == day.getValue() - 1 && s.getPeriod() == period - 1)
                .findFirst().orElse(null);
    }

    private static Room room(Timetable t, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return t.getRooms().stream().filter(r -> r.getName().equals(name.strip())).findFirst()
                .orElseThrow(() -> EduException.invalid("room", "timetable.edit.unknown_room", name.strip()));
    }

    @Override
    public TimetablePlan plan(long timetableId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        requireDraft(t);
        Editing e = session(t);
        synchronized (e) {
            Timetable tt = e.editor.timetable();
            List<DayOfWeek> days = new ArrayList<>();
            for (int d = 0; d < tt.getDayNames().size(); d++) {
                days.add(DayOfWeek.of(d + 1));
            }
            int periods = tt.getTimeslots().stream().mapToInt(s -> s.getPeriod() + 1).max().orElse(0);
            List<TimetablePlan.Lesson> lessons = tt.getLessons().stream().map(l -> new TimetablePlan.Lesson(l.getId(),
                    l.getSubject() == null ? "?" : l.getSubject().getName(),
                    l.getTeachers().stream().map(Teacher::getName).toList(), l.getGroups().stream().map(StudentGroup::getName).toList(),
                    l.getRoom() == null ? null : l.getRoom().getName(), l.getDuration(),
                    l.getTimeslot() == null ? null : DayOfWeek.of(l.getTimeslot().getDayIndex() + 1),
                    l.getTimeslot() == null ? null : l.getTimeslot().getPeriod() + 1, l.isPinned())).toList();
            return new TimetablePlan(days, periods, lessons, tt.getRooms().stream().map(Room::getName).sorted().toList(),
                    e.editor.hardScore(), e.editor.softScore());
        }
    }

    @Override
    public EditCheck previewMove(long timetableId, String lessonId, DayOfWeek day, int period, String room) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = editable(me, timetableId);
        Editing e = session(t);
        synchronized (e) {
            Lesson l = lesson(e, lessonId);
            Timetable tt = e.editor.timetable();
            Timeslot start = slot(tt, day, period);
            EditImpact impact = start == null ? e.editor.preview(l.getId(), null, null) : e.editor.preview(l.getId(), start, room(tt, room));
            return editCheck(e, impact, info(t, List.of(), me.locale()), me.locale());
        }
    }

    @Override
    public EditCheck previewSwap(long timetableId, String lessonId, String otherLessonId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = editable(me, timetableId);
        Editing e = session(t);
        synchronized (e) {
            EditImpact impact = e.editor.previewSwap(lesson(e, lessonId).getId(), lesson(e, otherLessonId).getId());
            return editCheck(e, impact, info(t, List.of(), me.locale()), me.locale());
        }
    }

    @Override
    public List<SlotFit> fits(long timetableId, String lessonId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = editable(me, timetableId);
        Editing e = session(t);
        synchronized (e) {
            return e.editor.fits(lesson(e, lessonId).getId()).stream()
                    .map(f -> new SlotFit(DayOfWeek.of(f.start().getDayIndex() + 1), f.start().getPeriod() + 1, f.hardDelta(), f.softDelta()))
                    .toList();
        }
    }

    @Override
    public EditCheck move(long timetableId, String lessonId, DayOfWeek day, int period, String room) {
        return edit(timetableId, "timetable.move", e -> {
            Lesson l = lesson(e, lessonId);
            Timetable tt = e.editor.timetable();
            Timeslot start = slot(tt, day, period);
            Room newRoom = room(tt, room);
            if (start == null || !e.editor.preview(l.getId(), start, newRoom).allowed()) {
                throw EduException.invalid("period", "timetable.edit.not_allowed");
            }
            Object before = placeOf(l);
            EditImpact impact = e.editor.move(l.getId(), start, newRoom);
            return new Edited(impact, List.of(l), before, placeOf(l));
        });
    }

    @Override
    public EditCheck swap(long timetableId, String lessonId, String otherLessonId) {
        return edit(timetableId, "timetable.swap", e -> {
            Lesson a = lesson(e, lessonId);
            Lesson b = lesson(e, otherLessonId);
            if (!e.editor.previewSwap(a.getId(), b.getId()).allowed()) {
                throw EduException.invalid("otherLessonId", "timetable.edit.not_allowed");
            }
            Object before = Map.of("a", placeOf(a), "b", placeOf(b));
            EditImpact impact = e.editor.swap(a.getId(), b.getId());
            return new Edited(impact, List.of(a, b), before, Map.of("a", placeOf(a), "b", placeOf(b)));
        });
    }

    /** What a hand edit did: its effect, the lessons it placed (pinned where they now are), and their places before and after. */
    private record Edited(EditImpact impact, List<Lesson> placed, Object before, Object after) {
    }

    /** A hand edit of a draft: made on its editing session, the placed lessons pinned, stored, audited. */
    private EditCheck edit(long timetableId, String action, java.util.function.Function<Editing, Edited> change) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = editable(me, timetableId);
        Editing e = session(t);
        Edited done;
        synchronized (e) {
            done = change.apply(e);
            done.placed().forEach(l -> e.editor.pin(l.getId(), true));
            keep(t.id, e, done.placed().stream().map(Lesson::getId).toList());
        }
        audit.record(action, "timetable", timetableId, t.organisationId, done.before(), done.after());
        return editCheck(e, done.impact(), info(load(timetableId), List.of(), me.locale()), me.locale());
    }

    @Override
    public TimetableInfo pin(long timetableId, String lessonId, boolean pinned) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = editable(me, timetableId);
        Editing e = session(t);
        synchronized (e) {
            Lesson l = lesson(e, lessonId);
            if (l.getTimeslot() == null && pinned) {
                throw EduException.invalid("pinned", "timetable.edit.pin_unplaced");
            }
            e.editor.pin(l.getId(), pinned);
            keep(t.id, e, List.of());
        }
        audit.record(pinned ? "timetable.pin" : "timetable.unpin", "timetable", timetableId, t.organisationId, null, Map.of("lesson", lessonId));
        return info(load(timetableId), List.of(), me.locale());
    }

    private static Map<String, Object> placeOf(Lesson l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lesson", l.getId());
        m.put("day", l.getTimeslot() == null ? null : l.getTimeslot().getDayName());
        m.put("period", l.getTimeslot() == null ? null : l.getTimeslot().getPeriodName());
        m.put("room", l.getRoom() == null ? null : l.getRoom().getName());
        return m;
    }

    /**
     * Stores the session's timetable (its scores, its lessons, the FET file with it locked in, the hand pins) and keeps
     * the session current; when storing fails, the session is dropped so that the next call starts from what is stored.
     */
    private void keep(long id, Editing e, List<String> pinnedNow) {
        try {
            Timetable tt = e.editor.timetable();
            TimetableEntity t = load(id);
            Map<String, Boolean> pins = pins(t.pins);
            for (Lesson l : tt.getLessons()) {
                if (pinnedNow.contains(l.getId()) || pins.containsKey(l.getId()) || l.isPinned()) {
                    pins.put(l.getId(), l.isPinned());
                }
            }
            String locked = lockedFet(t, tt);
            Instant now = clock.instant();
            jpa.run(em -> {
                TimetableEntity x = em.find(TimetableEntity.class, id);
                apply(x, tt, Duration.ofMillis(x.elapsedMillis));
                x.fetCurrent = locked;
                x.pins = pinsText(pins);
                x.updatedAt = now;
                em.createQuery("DELETE FROM TimetableLessonEntity l WHERE l.timetableId = :t").setParameter("t", id).executeUpdate();
                writeLessons(em, id, tt);
            });
            e.version = load(id).updatedAt;
        } catch (RuntimeException ex) {
            dropSession(id, e);
            throw ex;
        }
    }

    private EditCheck editCheck(Editing e, EditImpact impact, TimetableInfo info, Locale locale) {
        List<TimetableCheck.Broken> conflicts = impact.conflicts().stream().map(v -> broken(v, e.byId, locale)).toList();
        return new EditCheck(impact.allowed(), impact.hardBefore(), impact.softBefore(), impact.hardAfter(), impact.softAfter(), conflicts, info);
    }

    private TimetableCheck.Broken broken(ConstraintViolation v, Map<String, Lesson> byId, Locale locale) {
        return new TimetableCheck.Broken(v.hard(), translator.translate(locale, v.messageKey()), v.count(),
                v.hard() ? v.hardScore() : v.softScore(),
                v.lessonIds().stream().limit(20).map(byId::get).filter(java.util.Objects::nonNull).map(l -> describe(l, locale)).toList());
    }

    // ---------------------------------------------------------------- publishing

    @Override
    public TimetableInfo publish(long timetableId, LocalDate validFrom) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        requireDraft(t);
        new Validation().required("validFrom", validFrom).throwIfAny();
        if (running.containsKey(timetableId)) {
            throw EduException.conflict("timetable.solving");
        }
        if (t.hardScore == null || t.hardScore != 0 || t.unplaced > 0) {
            throw EduException.conflict("timetable.not_feasible", t.unplaced, t.hardScore == null ? "-" : t.hardScore);
        }
        Instant now = clock.instant();
        jpa.run(em -> {
            TimetableEntity e = em.find(TimetableEntity.class, timetableId);
            e.status = TimetableStatus.PUBLISHED.name();
            e.validFrom = validFrom;
            e.publishedAt = now;
            e.publishedBy = me.accountId();
            e.updatedAt = now;
        });
        audit.record("timetable.publish", "timetable", timetableId, t.organisationId, null,
                Map.of("name", t.name, "validFrom", validFrom.toString()));
        // a published timetable is no longer edited by hand: its editing session is let go
        synchronized (sessions) {
            Editing e = sessions.remove(timetableId);
            if (e != null) {
                e.editor.close();
            }
        }
        return info(load(timetableId), List.of(), me.locale());
    }

    private static void requireDraft(TimetableEntity t) {
        if (!TimetableStatus.DRAFT.name().equals(t.status)) {
            throw EduException.conflict("timetable.not_draft");
        }
    }

    @Override
    public Optional<PublishedTimetable> inForce(long schoolId, LocalDate date) {
        return jpa.read(em -> em.createQuery("SELECT t FROM TimetableEntity t WHERE t.organisationId = :o AND t.status = :s"
                        + " AND t.validFrom <= :d ORDER BY t.validFrom DESC, t.publishedAt DESC", TimetableEntity.class)
                .setParameter("o", schoolId).setParameter("s", TimetableStatus.PUBLISHED.name()).setParameter("d", date)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(t -> new PublishedTimetable(t.id, t.organisationId, t.name, t.validFrom, t.publishedAt, lessonsOf(em, t.id))));
    }

    // ---------------------------------------------------------------- export

    @Override
    public byte[] exportFet(long timetableId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        return (t.fetCurrent != null ? t.fetCurrent : t.fetInput).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] exportActivities(long timetableId) {
        EduPrincipal me = currentUser.require();
        TimetableEntity t = manageable(me, timetableId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fet.writeActivitiesTimetable(current(t), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] exportWeeks(long timetableId, Week.Kind kind, String name, String format) {
        EduPrincipal me = currentUser.require();
        new Validation().required("kind", kind)
                .check("xlsx".equals(format) || "pdf".equals(format), "format", "timetable.format").throwIfAny();
        TimetableEntity t = readable(me, timetableId);
        List<PublishedLesson> all = jpa.read(em -> lessonsOf(em, timetableId));
        List<String> names = Week.names(all, kind);
        if (name != null && !names.contains(name)) {
            throw EduException.notFound(kind.name().toLowerCase(Locale.ROOT), name);
        }
        Locale locale = me.locale();
        List<Report.Table> tables = new ArrayList<>();
        for (String n : name == null ? names : List.of(name)) {
            Week w = Week.of(all, kind, n);
            List<Report.Column> columns = new ArrayList<>();
            columns.add(Report.Column.of(translator.translate(locale, "timetable.export.period"), 4));
            w.days().forEach(d -> columns.add(Report.Column.of(d.getDisplayName(TextStyle.FULL_STANDALONE, locale), 24)));
            List<List<Object>> rows = new ArrayList<>();
            for (int p = 1; p <= w.periods(); p++) {
                List<Object> row = new ArrayList<>();
                row.add(p);
                for (DayOfWeek d : w.days()) {
                    List<PublishedLesson> here = w.at(d, p);
                    row.add(here.isEmpty() ? null : here.stream().map(l -> l.subject() + " (" + Week.detail(l, kind) + ")")
                            .collect(Collectors.joining("; ")));
                }
                rows.add(row);
            }
            tables.add(new Report.Table(n, columns, rows));
        }
        String status = t.validFrom == null ? translator.translate(locale, "timetable.export.draft")
                : translator.translate(locale, "timetable.export.in_force", t.validFrom.toString());
        Report report = new Report(translator.translate(locale, "timetable.export.title." + kind.name().toLowerCase(Locale.ROOT)),
                t.name + " · " + status, tables);
        return "pdf".equals(format) ? renderer.pdf(report) : renderer.xlsx(report);
    }

    @Override
    public byte[] exportCalendar(long timetableId, Week.Kind kind, String name, LocalDate until) {
        EduPrincipal me = currentUser.require();
        new Validation().required("kind", kind).required("name", name).throwIfAny();
        TimetableEntity t = readable(me, timetableId);
        List<PublishedLesson> all = jpa.read(em -> lessonsOf(em, timetableId));
        if (!Week.names(all, kind).contains(name)) {
            throw EduException.notFound(kind.name().toLowerCase(Locale.ROOT), name);
        }
        Week week = Week.of(all, kind, name);
        List<PublishedLesson> mine = week.cells().values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).toList();
        if (mine.stream().anyMatch(l -> l.start() == null || l.end() == null)) {
            throw EduException.invalid("timetable", "timetable.calendar.no_times");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = t.validFrom != null && t.validFrom.isAfter(today) ? t.validFrom : today;
        LocalDate end = until != null ? until : (from.getMonthValue() <= 5 ? from.withMonth(5).withDayOfMonth(31) : from.plusYears(1).withMonth(5).withDayOfMonth(31));
        if (end.isBefore(from) || end.isAfter(from.plusYears(2))) {
            throw EduException.invalid("until", "timetable.calendar.until");
        }
        List<WeekCalendar.Event> events = WeekCalendar.events(mine, l -> Week.detail(l, kind));
        String title = t.name + " · " + name;
        String uid = "tt" + timetableId + "-" + kind.name().toLowerCase(Locale.ROOT) + "-"
                + Integer.toHexString(name.hashCode());
        return WeekCalendar.write(title, uid, events, from, end, clock.instant());
    }

    // ---------------------------------------------------------------- info

    private TimetableInfo info(TimetableEntity t, List<String> problems, Locale locale) {
        Running r = running.get(t.id);
        Long hard = t.hardScore;
        Long soft = t.softScore;
        long elapsed = t.elapsedMillis;
        if (r != null) {
            SolveProgress p = r.progress().get();
            if (p != null && p.initialized()) {
                hard = p.hardScore();
                soft = p.softScore();
            }
            elapsed = Duration.between(r.started(), clock.instant()).toMillis();
        }
        Map<String, Integer> unmapped = new LinkedHashMap<>();
        for (String line : split(t.unmappedHard)) {
            int eq = line.lastIndexOf('=');
            unmapped.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1)));
        }
        return new TimetableInfo(t.id, t.organisationId, t.name, TimetableStatus.valueOf(t.status), r != null, hard, soft, elapsed,
                t.lessonCount, t.unplaced, t.pinned, unmapped, problems, t.createdAt, t.updatedAt, t.validFrom, t.publishedAt);
    }

    /** Stops every running solve (the bundle stops); their best solutions are stored by the completion handlers. */
    void stopAll() {
        synchronized (sessions) {
            sessions.values().forEach(x -> x.editor.close());
            sessions.clear();
        }
        List<Running> all = new ArrayList<>(running.values());
        all.forEach(r -> r.job().stop());
        all.forEach(SchoolTimetableServiceImpl::awaitStored);
    }

    private static void awaitStored(Running r) {
        try {
            r.stored().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("A timetable solve did not hand over its solution: {}", e.toString());
        }
    }
}
