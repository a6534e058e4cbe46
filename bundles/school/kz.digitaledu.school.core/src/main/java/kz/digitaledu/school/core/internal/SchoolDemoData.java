package kz.digitaledu.school.core.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.DemoDataReady;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.PersonDirectory.NewPerson;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SchoolStructureService.NewAssignment;
import kz.digitaledu.school.api.SchoolStructureService.NewClass;
import kz.digitaledu.school.api.SchoolStructureService.NewSubject;
import kz.digitaledu.school.api.SchoolStructureService.NewTerm;
import kz.digitaledu.school.api.SchoolStructureService.NewYear;
import kz.digitaledu.school.api.SchoolStructureService.TimetableSlot;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A realistic demo school for school-25 (created by the platform's demo data): the 2026–2027 year
 * with four quarters and public holidays, 20 classes of 30 students, 50 teachers, a curriculum, a
 * weekly timetable without clashes, the lessons of the first two quarters, and marks and attendance
 * of the first quarter and of the second until yesterday. Loaded once, in the background, when the
 * configuration {@code kz.digitaledu.school.demo} exists (the distribution ships it). How far the load is shows in
 * {@code /api/health} as the entry {@code schoolDemo}: {@code state} is {@code loading} (with {@code step}), {@code loaded}
 * (with the figures), {@code present} (an earlier start loaded it), {@code failed} (with {@code error}, the kind of failure;
 * the log has the details, and the server itself is not down for it) or {@code noSchool}.
 */
@Component(service = HealthContributor.class, immediate = true, configurationPid = "kz.digitaledu.school.demo",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SchoolDemoData.Config.class)
public class SchoolDemoData implements HealthContributor {
    private static final Logger LOG = LoggerFactory.getLogger(SchoolDemoData.class);
    static final EduPrincipal SYSTEM = new EduPrincipal(0, "system", "System", Locale.ENGLISH, List.of(new RoleGrant(Role.SYSTEM_ADMIN, 0)));

    @ObjectClassDefinition(name = "School management demo data")
    public @interface Config {
        @AttributeDefinition(description = "Code of the school that gets the demo data")
        String school() default "school-25";

        @AttributeDefinition(description = "Number of classes (at most 22)")
        int classes() default 20;

        @AttributeDefinition(description = "Students per class")
        int studentsPerClass() default 30;

        @AttributeDefinition(description = "Teachers (the demo account 'teacher' included)")
        int teachers() default 50;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "school-demo-data"));
    /** What {@link #health()} reports; written by the loading thread. */
    private final Map<String, Object> progress = new java.util.concurrent.ConcurrentHashMap<>(Map.of("state", "loading", "step", "starting"));

    @Activate
    public SchoolDemoData(@Reference DemoDataReady platformDemo, @Reference CurrentUser currentUser, @Reference OrganisationService organisations,
            @Reference UserService users, @Reference PersonDirectory persons, @Reference SchoolStructureService structure,
            @Reference(target = "(osgi.jndi.service.name=digitaledu)") DataSource dataSource, Config config) {
        executor.execute(() -> {
            try {
                currentUser.callAs(SYSTEM, () -> {
                    new Loader(organisations, users, persons, structure, dataSource, config, LocalDate.now(), progress).load();
                    return null;
                });
            } catch (Exception e) {
                // /api/health is public: the kind of failure only, the log has the rest
                progress.put("error", e.getClass().getSimpleName());
                finish(progress, "failed");
                if (stopping || executor.isShutdown()) {
                    // the bundle stops while the school loads (a test ends, the operator stops Karaf): not a failure of
                    // the load itself, but the demo school stays incomplete, since a later start sees its year and skips
                    LOG.warn("School demo data interrupted by the bundle stopping; the demo school is incomplete"
                            + " (start on a fresh data folder to load it whole): {}", e.toString());
                } else {
                    LOG.error("School demo data failed", e);
                }
            }
        });
    }

    private volatile boolean stopping;

    /** Marks the load as over in {@code progress}: no step any more, the final state. */
    static void finish(Map<String, Object> progress, String state) {
        progress.remove("step");
        progress.put("state", state);
    }

    @Override
    public String name() {
        return "schoolDemo";
    }

    @Override
    public Health health() {
        return Health.up(new java.util.TreeMap<>(progress));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** One load of the demo school. */
    static final class Loader {
        private static final String[] LAST_M = {"Ахметов", "Сериков", "Нұрланов", "Әбенов", "Жұмабеков", "Оспанов", "Қасымов", "Төлеуов",
            "Байжанов", "Ержанов", "Мұратов", "Сейітов", "Ким", "Иванов", "Петров", "Смағұлов", "Құдайбергенов", "Тәжібаев", "Ибраев",
            "Омаров", "Рахимов", "Әлиев", "Бекмұхамбетов", "Есенов", "Жақсылықов"};
        private static final String[] FIRST_M = {"Нұрсұлтан", "Әлихан", "Ерлан", "Данияр", "Арман", "Темірлан", "Ілияс", "Айбек", "Санжар",
            "Дамир", "Алихан", "Мирас", "Руслан", "Ернар", "Бауыржан", "Ақжол", "Нұрлан", "Максим", "Тимур", "Адиль"};
        private static final String[] FIRST_F = {"Аружан", "Айгерім", "Әйгерім", "Дана", "Жансая", "Мадина", "Томирис", "Аяулым", "Камила",
            "Назерке", "Іңкәр", "Аида", "Сабина", "Алина", "Диана", "Молдир", "Гүлназ", "Ақбота", "Асель", "Дильназ"};

        private record SubjectDef(String code, String kk, String ru, String en, int fromGrade, int toGrade, int hours) {
        }

        private static final List<SubjectDef> CURRICULUM = List.of(
                new SubjectDef("math", "Математика", "Математика", "Mathematics", 1, 6, 5),
                new SubjectDef("algebra", "Алгебра", "Алгебра", "Algebra", 7, 11, 3),
                new SubjectDef("geometry", "Геометрия", "Геометрия", "Geometry", 7, 11, 2),
                new SubjectDef("kazakh", "Қазақ тілі", "Казахский язык", "Kazakh language", 1, 11, 3),
                new SubjectDef("kaz-lit", "Қазақ әдебиеті", "Казахская литература", "Kazakh literature", 5, 11, 2),
                new SubjectDef("russian", "Орыс тілі мен әдебиеті", "Русский язык и литература", "Russian language and literature", 3, 11, 2),
                new SubjectDef("english", "Ағылшын тілі", "Английский язык", "English", 1, 11, 3),
                new SubjectDef("science", "Жаратылыстану", "Естествознание", "Natural science", 1, 5, 2),
                new SubjectDef("history-kz", "Қазақстан тарихы", "История Казахстана", "History of Kazakhstan", 5, 11, 2),
                new SubjectDef("physics", "Физика", "Физика", "Physics", 7, 11, 2),
                new SubjectDef("chemistry", "Химия", "Химия", "Chemistry", 7, 11, 2),
                new SubjectDef("biology", "Биология", "Биология", "Biology", 6, 11, 2),
                new SubjectDef("geography", "География", "География", "Geography", 6, 11, 2),
                new SubjectDef("informatics", "Информатика", "Информатика", "Computer science", 5, 11, 1),
                new SubjectDef("pe", "Дене шынықтыру", "Физическая культура", "Physical education", 1, 11, 3),
                new SubjectDef("art", "Көркем еңбек", "Художественный труд", "Arts and crafts", 1, 8, 1));

        private final OrganisationService organisations;
        private final UserService users;
        private final PersonDirectory persons;
        private final SchoolStructureService structure;
        private final DataSource dataSource;
        private final Config config;
        private final LocalDate today;
        private final Random random = new Random(2026);
        private final Map<String, Object> progress;

        Loader(OrganisationService organisations, UserService users, PersonDirectory persons, SchoolStructureService structure,
                DataSource dataSource, Config config, LocalDate today, Map<String, Object> progress) {
            this.progress = progress;
            this.organisations = organisations;
            this.users = users;
            this.persons = persons;
            this.structure = structure;
            this.dataSource = dataSource;
            this.config = config;
            this.today = today;
        }

        void load() throws SQLException {
            Organisation school = organisations.list().stream().filter(o -> o.code().equals(config.school())).findFirst().orElse(null);
            if (school == null) {
                LOG.warn("School demo data: no organisation {}", config.school());
                finish(progress, "noSchool");
                return;
            }
            if (!structure.years(school.id()).isEmpty()) {
                finish(progress, "present");
                return;
            }
            progress.put("step", "year, subjects, teachers");
            long started = System.nanoTime();
            SchoolYear year = structure.createYear(new NewYear(school.id(), "2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 25),
                    List.of(new NewTerm(1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24)),
                            new NewTerm(2, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 28)),
                            new NewTerm(3, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 3, 19)),
                            new NewTerm(4, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 5, 25))),
                    List.of(LocalDate.of(2026, 12, 16), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 7),
                            LocalDate.of(2027, 5, 9))));
            Map<String, Subject> subjects = new LinkedHashMap<>();
            for (SubjectDef d : CURRICULUM) {
                subjects.put(d.code(), structure.createSubject(new NewSubject(school.id(), d.code(), d.kk(), d.ru(), d.en())));
            }
            List<UserAccount> teachers = teachers(school);
            UserAccount demoTeacher = users.findByUsername("teacher").orElseThrow();

            // classes: 1А, 1Б, … up to 11А
            List<int[]> names = new ArrayList<>();
            for (int g = 1; g <= 11; g++) {
                names.add(new int[] {g, 0});
                if (g <= 9) {
                    names.add(new int[] {g, 1});
                }
            }
            int classCount = Math.min(config.classes(), names.size());
            names.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
            List<SchoolClass> classes = new ArrayList<>();
            for (int i = 0; i < classCount; i++) {
                int[] n = names.get(i);
                classes.add(structure.createClass(new NewClass(school.id(), year.id(), n[0], n[1] == 0 ? "А" : "Б", i % 4 == 3 ? "ru" : "kk",
                        n[0] >= 5 && n[0] <= 8 ? 2 : 1, n[0] >= 10 ? "физика-математика" : null, teachers.get(i % teachers.size()).id())));
            }

            progress.put("step", "students");
            // students: the demo accounts 'student' (8А) and 'student2' (5А) among generated ones
            Map<Long, List<Long>> studentsOf = new HashMap<>();
            Map<Long, Double> ability = new HashMap<>();
            long demoStudent = users.findByUsername("student").map(a -> a.person().id()).orElse(-1L);
            long demoStudent2 = users.findByUsername("student2").map(a -> a.person().id()).orElse(-1L);
            int serial = 0;
            for (SchoolClass c : classes) {
                List<Long> ids = new ArrayList<>();
                if (c.grade() == 8 && c.letter().equals("А") && demoStudent > 0) {
                    ids.add(demoStudent);
                }
                if (c.grade() == 5 && c.letter().equals("А") && demoStudent2 > 0) {
                    ids.add(demoStudent2);
                }
                List<NewPerson> people = new ArrayList<>();
                for (int i = ids.size(); i < config.studentsPerClass(); i++) {
                    boolean female = random.nextBoolean();
                    String last = LAST_M[random.nextInt(LAST_M.length)];
                    if (female) {
                        last = feminine(last);
                    }
                    String first = (female ? FIRST_F : FIRST_M)[random.nextInt(female ? FIRST_F.length : FIRST_M.length)];
                    LocalDate born = LocalDate.of(2026 - 6 - c.grade(), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    people.add(new NewPerson(school.id(), null, last, first, null, null, null, born, female ? Gender.FEMALE : Gender.MALE));
                    serial++;
                }
                ids.addAll(persons.createPersons(people).stream().map(Person::id).toList());
                structure.enrol(c.id(), ids, year.startDate(), "№ 112-у, 28.08.2026");
                studentsOf.put(c.id(), ids);
                ids.forEach(id -> ability.put(id, 0.35 + 0.6 * random.nextDouble()));
            }

            progress.put("step", "teaching assignments and the weekly timetable");
            // curriculum and teachers: each subject has its own teachers; the demo teacher teaches mathematics/algebra in 5А and 8А
            Map<String, List<UserAccount>> bySubject = new HashMap<>();
            List<String> codes = new ArrayList<>(subjects.keySet());
            for (int i = 0; i < teachers.size(); i++) {
                bySubject.computeIfAbsent(codes.get(i % codes.size()), k -> new ArrayList<>()).add(teachers.get(i));
            }
            Map<Long, Integer> load = new HashMap<>();
            Map<Long, List<Assignment>> assignmentsOf = new HashMap<>();
            for (SchoolClass c : classes) {
                for (SubjectDef d : CURRICULUM) {
                    if (c.grade() < d.fromGrade() || c.grade() > d.toGrade()) {
                        continue;
                    }
                    UserAccount t;
                    boolean demoMath = (d.code().equals("math") && c.name().equals("5А")) || (d.code().equals("algebra") && c.name().equals("8А"));
                    if (demoMath) {
                        t = demoTeacher;
                    } else {
                        t = bySubject.getOrDefault(d.code(), teachers).stream().filter(a -> a.id() != demoTeacher.id())
                                .min((a, b) -> load.getOrDefault(a.id(), 0) - load.getOrDefault(b.id(), 0)).orElseThrow();
                    }
                    load.merge(t.id(), d.hours(), Integer::sum);
                    assignmentsOf.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(structure.createAssignment(
                            new NewAssignment(c.id(), subjects.get(d.code()).id(), t.id(), d.hours(), null)));
                }
            }

            // weekly timetable: greedy, no class or teacher clash
            Map<String, Boolean> teacherBusy = new HashMap<>();
            for (SchoolClass c : classes) {
                List<TimetableSlot> slots = new ArrayList<>();
                boolean[][] classBusy = new boolean[7][9];
                List<Assignment> todo = new ArrayList<>();
                for (Assignment a : assignmentsOf.get(c.id())) {
                    for (int h = 0; h < a.hoursPerWeek(); h++) {
                        todo.add(a);
                    }
                }
                java.util.Collections.shuffle(todo, random);
                for (Assignment a : todo) {
                    placed:
                    for (int period = 1; period <= 8; period++) {
                        for (int k = 0; k < 5; k++) {
                            int day = 1 + (k + slots.size()) % 5;
                            String key = a.teacherAccountId() + "/" + day + "/" + period + "/" + c.shift();
                            boolean sameSubjectThatDay = slots.stream().filter(s -> s.day().getValue() == day && s.assignmentId() == a.id()).count()
                                    >= (a.hoursPerWeek() > 5 ? 2 : 1);
                            if (!classBusy[day][period] && !teacherBusy.containsKey(key) && !sameSubjectThatDay) {
                                classBusy[day][period] = true;
                                teacherBusy.put(key, true);
                                slots.add(new TimetableSlot(DayOfWeek.of(day), period, a.id()));
                                break placed;
                            }
                        }
                    }
                }
                structure.setWeeklyTimetable(c.id(), slots);
            }
            int lessons = 0;
            int marks = 0;
            try (Connection con = dataSource.getConnection()) {
                con.setAutoCommit(false);
                int done = 0;
                for (SchoolClass c : classes) {
                    progress.put("step", "lessons and marks of " + c.name() + " (" + ++done + "/" + classes.size() + ")");
                    int[] written = writeClass(con, c, year, assignmentsOf.get(c.id()), studentsOf.get(c.id()), ability);
                    lessons += written[0];
                    marks += written[1];
                }
            }
            progress.putAll(Map.of("classes", classes.size(), "students", serial, "teachers", teachers.size(), "lessons", lessons,
                    "marks", marks));
            finish(progress, "loaded");
            LOG.info("School demo data loaded for {}: {} classes, {} students, {} teachers, {} lessons, {} marks in {} ms", school.code(),
                    classes.size(), serial, teachers.size(), lessons, marks, (System.nanoTime() - started) / 1_000_000);
        }

        /**
         * The lessons of the first two terms of a class with their marks and attendance, in one transaction: the journals
         * people read meanwhile may make the database pick it as a deadlock victim or time out a lock, and then the class
         * is written again, four times at most. Returns {lessons, marks}.
         */
        private int[] writeClass(Connection con, SchoolClass c, SchoolYear year, List<Assignment> assignments, List<Long> students,
                Map<Long, Double> ability) throws SQLException {
            for (int attempt = 1;; attempt++) {
                try {
                    int l = 0;
                    for (SchoolYear.Term term : year.terms().subList(0, 2)) {
                        l += lessons(con, c, term, year.holidays(), assignments);
                    }
                    int m = marks(con, c, year.terms().subList(0, 2), students, ability);
                    con.commit();
                    return new int[] {l, m};
                } catch (SQLException e) {
                    con.rollback();
                    if (attempt >= 4 || !worthRetrying(e)) {
                        throw e;
                    }
                    LOG.warn("School demo data: {} written again after {}", c.name(), e.toString());
                }
            }
        }

        /** A deadlock victim or a lock that timed out (SQLSTATE class 40): the same work may succeed when done again. */
        private static boolean worthRetrying(SQLException e) {
            for (SQLException x = e; x != null; x = x.getNextException()) {
                if (x instanceof SQLTransactionRollbackException || (x.getSQLState() != null && x.getSQLState().startsWith("40"))) {
                    return true;
                }
            }
            return false;
        }

        private static String feminine(String last) {
            if (last.endsWith("ов") || last.endsWith("ев") || last.endsWith("ин")) {
                return last + "а";
            }
            return last;
        }

        private List<UserAccount> teachers(Organisation school) {
            List<UserAccount> out = new ArrayList<>();
            out.add(users.findByUsername("teacher").orElseThrow());
            for (int i = 1; out.size() < config.teachers(); i++) {
                boolean female = i % 3 != 0;
                String last = LAST_M[(i * 7) % LAST_M.length];
                String first = (female ? FIRST_F : FIRST_M)[(i * 3) % FIRST_F.length];
                String username = String.format("teacher%02d", i);
                UserAccount existing = users.findByUsername(username).orElse(null);
                // the demo password is published in the README: nobody is asked to replace it
                out.add(existing != null ? existing : users.createAll(List.of(new UserService.NewAccount(new UserService.NewUser(username,
                        "Teacher-2026!", i % 4 == 0 ? "ru" : "kk", null, female ? feminine(last) : last, first, null, null, null,
                        LocalDate.of(1970 + i % 25, 1 + i % 12, 1 + i % 28), female ? Gender.FEMALE : Gender.MALE, school.id(), Role.TEACHER),
                        null, null, null, false))).get(0));
            }
            return out;
        }

        /** Inserts the lessons of a term from the class's weekly timetable; topics and homework for the past ones. */
        private int lessons(Connection con, SchoolClass c, SchoolYear.Term term, List<LocalDate> holidays, List<Assignment> assignments)
                throws SQLException {
            List<TimetableSlot> slots = structure.weeklyTimetable(c.id());
            Map<Long, Integer> nth = new HashMap<>();
            Map<Long, Integer> total = new HashMap<>();
            for (LocalDate d = term.startDate(); !d.isAfter(term.endDate()); d = d.plusDays(1)) {
                if (holidays.contains(d)) {
                    continue;
                }
                for (TimetableSlot s : slots) {
                    if (s.day() == d.getDayOfWeek()) {
                        total.merge(s.assignmentId(), 1, Integer::sum);
                    }
                }
            }
            Map<LocalDate, Integer> termSummativesOn = new HashMap<>();
            int n = 0;
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO sch_lesson (organisation_id, assignment_id, class_id, lesson_date,"
                    + " period, topic, homework, assessment, max_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LocalDate d = term.startDate(); !d.isAfter(term.endDate()); d = d.plusDays(1)) {
                    if (holidays.contains(d)) {
                        continue;
                    }
                    for (TimetableSlot s : slots) {
                        if (s.day() != d.getDayOfWeek()) {
                            continue;
                        }
                        int k = nth.merge(s.assignmentId(), 1, Integer::sum);
                        int all = total.get(s.assignmentId());
                        AssessmentKind kind = AssessmentKind.FORMATIVE;
                        Integer max = null;
                        if (all >= 6 && (k == all / 3 || k == 2 * all / 3)) {
                            kind = AssessmentKind.SECTION_SUMMATIVE;
                            max = 10 + (int) (s.assignmentId() % 3) * 5;
                        } else if (all >= 4 && k == all - 1 && termSummativesOn.getOrDefault(d, 0) < JournalServiceImpl.MAX_TERM_SUMMATIVES_PER_DAY) {
                            kind = AssessmentKind.TERM_SUMMATIVE;
                            max = 25;
                            termSummativesOn.merge(d, 1, Integer::sum);
                        }
                        boolean past = d.isBefore(today);
                        ps.setLong(1, c.organisationId());
                        ps.setLong(2, s.assignmentId());
                        ps.setLong(3, c.id());
                        ps.setDate(4, Date.valueOf(d));
                        ps.setInt(5, s.period());
                        ps.setString(6, past || !d.isAfter(today.plusDays(7)) ? topic(kind, term.number(), k) : null);
                        ps.setString(7, past || !d.isAfter(today.plusDays(7)) ? "§" + (term.number() * 20 + k) + ", № " + (k * 3 % 40 + 1) + "–"
                                + (k * 3 % 40 + 4) : null);
                        ps.setString(8, kind.name());
                        if (max == null) {
                            ps.setNull(9, java.sql.Types.INTEGER);
                        } else {
                            ps.setInt(9, max);
                        }
                        ps.addBatch();
                        n++;
                    }
                }
                ps.executeBatch();
            }
            return n;
        }

        private static String topic(AssessmentKind kind, int term, int k) {
            return switch (kind) {
                case SECTION_SUMMATIVE -> "БЖБ / СОР " + (k < 10 ? 1 : 2);
                case TERM_SUMMATIVE -> "ТЖБ / СОЧ, " + term + "-тоқсан";
                default -> term + "." + k + ". Тақырып / Тема " + k;
            };
        }

        /** Marks and attendance of every lesson before today. */
        private int marks(Connection con, SchoolClass c, List<SchoolYear.Term> terms, List<Long> students, Map<Long, Double> ability)
                throws SQLException {
            List<long[]> lessons = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            List<Integer> maxima = new ArrayList<>();
            try (PreparedStatement ps = con.prepareStatement("SELECT id, assignment_id, assessment, max_points, lesson_date FROM sch_lesson WHERE class_id = ?"
                    + " AND lesson_date < ? ORDER BY lesson_date, period")) {
                ps.setLong(1, c.id());
                ps.setDate(2, Date.valueOf(today));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lessons.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getDate(5).toLocalDate().toEpochDay()});
                        kinds.add(rs.getString(3));
                        maxima.add(rs.getInt(4));
                    }
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            int n = 0;
            try (PreparedStatement mark = con.prepareStatement("INSERT INTO sch_mark (organisation_id, lesson_id, assignment_id,"
                    + " student_person_id, mark_value, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement att = con.prepareStatement("INSERT INTO sch_attendance (organisation_id, lesson_id, student_person_id,"
                            + " status, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < lessons.size(); i++) {
                    long[] l = lessons.get(i);
                    boolean summative = !kinds.get(i).equals(AssessmentKind.FORMATIVE.name());
                    for (long s : students) {
                        if (random.nextInt(100) < 3) {
                            att.setLong(1, c.organisationId());
                            att.setLong(2, l[0]);
                            att.setLong(3, s);
                            att.setString(4, random.nextBoolean() ? "ILL" : random.nextBoolean() ? "ABSENT" : "EXCUSED");
                            att.setTimestamp(5, now);
                            att.addBatch();
                            continue;
                        }
                        if (!summative && random.nextInt(100) >= 30) {
                            continue;
                        }
                        double a = ability.getOrDefault(s, 0.7);
                        BigDecimal value;
                        if (summative) {
                            int max = maxima.get(i);
                            value = BigDecimal.valueOf(Math.max(0, Math.min(max, Math.round(max * (a + random.nextGaussian() * 0.1)))));
                        } else {
                            value = BigDecimal.valueOf(Math.max(1, Math.min(10, Math.round(10 * a + random.nextGaussian()))));
                        }
                        mark.setLong(1, c.organisationId());
                        mark.setLong(2, l[0]);
                        mark.setLong(3, l[1]);
                        mark.setLong(4, s);
                        mark.setBigDecimal(5, value);
                        // posted on the afternoon of the lesson, as a diligent teacher does (the journal-quality report counts late marks)
                        mark.setTimestamp(6, Timestamp.valueOf(LocalDate.ofEpochDay(l[2]).atTime(15, random.nextInt(60))));
                        mark.addBatch();
                        n++;
                    }
                }
                mark.executeBatch();
                att.executeBatch();
            }
            return n;
        }
    }
}
