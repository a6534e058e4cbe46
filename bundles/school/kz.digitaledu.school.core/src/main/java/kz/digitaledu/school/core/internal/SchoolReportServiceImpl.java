package kz.digitaledu.school.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.Report.Column;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService.TermGrade;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolReportService;
import kz.digitaledu.school.api.SchoolStructureService.Student;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.AttendanceEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.MarkEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.TermEntity;
import kz.digitaledu.school.core.internal.persistence.TermGradeEntity;
import kz.digitaledu.school.core.internal.persistence.YearEntity;

/** {@link SchoolReportService} on the school's persistence unit; wired by {@link SchoolComponents}. */
class SchoolReportServiceImpl implements SchoolReportService {
    /** A mark saved more than this many days after its lesson counts as posted late. */
    static final int LATE_AFTER_DAYS = 3;

    private final Jpa jpa;
    private final SchoolAccess access;
    private final StructureServiceImpl structure;
    private final PersonDirectory persons;
    private final Translator translator;
    private final Clock clock;

    SchoolReportServiceImpl(Jpa jpa, SchoolAccess access, StructureServiceImpl structure, PersonDirectory persons, Translator translator,
            Clock clock) {
        this.jpa = jpa;
        this.access = access;
        this.structure = structure;
        this.persons = persons;
        this.translator = translator;
        this.clock = clock;
    }

    private String t(String key, Object... args) {
        return translator.translate(access.me().locale(), "school.report." + key, args);
    }

    private Column col(String key, int width) {
        return Column.of(t("col." + key), width);
    }

    /** A leave reason as typed by the school, or the translated word for a transfer between classes. */
    private String reason(String stored) {
        return StructureServiceImpl.TRANSFER.equals(stored) ? t("reason_transfer") : stored;
    }

    private String lang() {
        return access.me().locale().getLanguage();
    }

    /** A class the current user may report on: read-all staff of the school, or its class teacher. */
    private ClassEntity reportableClass(EntityManager em, long classId) {
        ClassEntity c = em.find(ClassEntity.class, classId);
        boolean classTeacher = c != null && c.classTeacherAccountId != null && c.classTeacherAccountId == access.me().accountId();
        if (c == null || !(classTeacher || access.permitted(SchoolPermissions.JOURNAL_READ_ALL, c.organisationId))) {
            throw EduException.notFound("class", classId);
        }
        return c;
    }

    private static TermEntity termOf(EntityManager em, long yearId, long termId) {
        TermEntity t = em.find(TermEntity.class, termId);
        if (t == null || t.yearId != yearId) {
            throw EduException.invalid("termId", "school.validation.term_unknown");
        }
        return t;
    }

    /** Each assignment's term grades of a class: final where set, else recommended. */
    private record ClassGrades(ClassEntity c, List<Student> students, List<AssignmentEntity> assignments, Map<Long, SubjectEntity> subjects,
            Map<Long, Map<Long, TermGrade>> byAssignment) {
    }

    private ClassGrades grades(EntityManager em, ClassEntity c, TermEntity t) {
        List<Student> students = structure.classList(c.id, t.startDate, t.endDate);
        List<AssignmentEntity> assignments = em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.classId = :c", AssignmentEntity.class)
                .setParameter("c", c.id).getResultList();
        Map<Long, SubjectEntity> subjects = new HashMap<>();
        assignments.forEach(a -> subjects.computeIfAbsent(a.subjectId, id -> em.find(SubjectEntity.class, id)));
        Map<Long, LessonEntity> lessons = new HashMap<>();
        em.createQuery("SELECT l FROM LessonEntity l WHERE l.classId = :c AND l.date >= :f AND l.date <= :t", LessonEntity.class)
                .setParameter("c", c.id).setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList()
                .forEach(l -> lessons.put(l.id, l));
        Map<Long, List<MarkEntity>> marks = new HashMap<>();
        em.createQuery("SELECT m FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id AND l.classId = :c AND l.date >= :f"
                + " AND l.date <= :t", MarkEntity.class).setParameter("c", c.id).setParameter("f", t.startDate).setParameter("t", t.endDate)
                .getResultList().forEach(m -> marks.computeIfAbsent(m.assignmentId, k -> new ArrayList<>()).add(m));
        Map<Long, List<TermGradeEntity>> finals = new HashMap<>();
        em.createQuery("SELECT g FROM TermGradeEntity g, AssignmentEntity a WHERE g.assignmentId = a.id AND a.classId = :c AND g.termId = :t",
                TermGradeEntity.class).setParameter("c", c.id).setParameter("t", t.id).getResultList()
                .forEach(g -> finals.computeIfAbsent(g.assignmentId, k -> new ArrayList<>()).add(g));
        GradingPolicy policy = JournalServiceImpl.policy(em, c.organisationId);
        Map<Long, Map<Long, TermGrade>> by = new LinkedHashMap<>();
        for (AssignmentEntity a : assignments) {
            List<Student> roster = structure.roster(em, a, t.startDate, t.endDate, students);
            by.put(a.id, JournalServiceImpl.grades(policy, roster, marks.getOrDefault(a.id, List.of()), lessons,
                    finals.getOrDefault(a.id, List.of())));
        }
        assignments.sort(Comparator.comparing(a -> DiaryServiceImpl.subjectName(subjects.get(a.subjectId), lang())));
        return new ClassGrades(c, students, assignments, subjects, by);
    }

    /**
     * The assignments of a class grouped by subject, in the given order: a split subject's group assignments share one
     * column of a report card, each student's grade coming from the group they are in.
     */
    private static List<List<AssignmentEntity>> bySubject(List<AssignmentEntity> assignments) {
        Map<Long, List<AssignmentEntity>> m = new LinkedHashMap<>();
        assignments.forEach(a -> m.computeIfAbsent(a.subjectId, k -> new ArrayList<>()).add(a));
        return new ArrayList<>(m.values());
    }

    private static Integer grade(TermGrade g) {
        return g == null ? null : g.finalGrade() != null ? g.finalGrade() : g.recommended();
    }

    private String subtitle(EntityManager em, ClassEntity c, TermEntity t) {
        YearEntity y = em.find(YearEntity.class, t.yearId);
        return (c == null ? "" : c.grade + c.letter + ", ") + t("term", y.name, t.number);
    }

    @Override
    public Report reportCard(long classId, long termId) {
        return jpa.read(em -> {
            ClassEntity c = reportableClass(em, classId);
            TermEntity t = termOf(em, c.yearId, termId);
            ClassGrades g = grades(em, c, t);
            Map<Long, Integer> missed = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT a.studentPersonId, COUNT(a) FROM AttendanceEntity a, LessonEntity l WHERE a.lessonId = l.id"
                    + " AND l.classId = :c AND l.date >= :f AND l.date <= :t AND a.status <> 'LATE' GROUP BY a.studentPersonId", Object[].class)
                    .setParameter("c", c.id).setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList()) {
                missed.put((Long) r[0], ((Number) r[1]).intValue());
            }
            List<Column> cols = new ArrayList<>(List.of(col("no", 3), col("student", 26)));
            List<List<AssignmentEntity>> subjects = bySubject(g.assignments());
            for (List<AssignmentEntity> same : subjects) {
                cols.add(Column.of(DiaryServiceImpl.subjectName(g.subjects().get(same.get(0).subjectId), lang()), 7));
            }
            cols.add(col("missed", 7));
            List<List<Object>> rows = new ArrayList<>();
            int n = 1;
            boolean anyRecommended = false;
            for (Student s : g.students()) {
                List<Object> row = new ArrayList<>(List.of(n++, s.fullName()));
                for (List<AssignmentEntity> same : subjects) {
                    TermGrade tg = same.stream().map(a -> g.byAssignment().get(a.id).get(s.personId())).filter(java.util.Objects::nonNull)
                            .findFirst().orElse(null);
                    if (tg == null || grade(tg) == null) {
                        row.add(null);
                    } else if (tg.finalGrade() != null) {
                        row.add(tg.finalGrade());
                    } else {
                        row.add(tg.recommended() + "*");
                        anyRecommended = true;
                    }
                }
                row.add(missed.getOrDefault(s.personId(), 0));
                rows.add(row);
            }
            String sub = subtitle(em, c, t) + (anyRecommended ? "  " + t("recommended_note") : "");
            return new Report(t("card"), sub, List.of(new Report.Table(c.grade + c.letter, cols, rows)));
        });
    }

    @Override
    public Report yearReportCard(long classId) {
        return jpa.read(em -> {
            ClassEntity c = reportableClass(em, classId);
            YearEntity y = em.find(YearEntity.class, c.yearId);
            List<TermEntity> terms = em.createQuery("SELECT t FROM TermEntity t WHERE t.yearId = :y ORDER BY t.number", TermEntity.class)
                    .setParameter("y", c.yearId).getResultList();
            List<ClassGrades> perTerm = new ArrayList<>();
            for (TermEntity t : terms) {
                perTerm.add(grades(em, c, t));
            }
            // every student who was in the class at some time of the year, in the order of the latest list
            Map<Long, Student> students = new java.util.LinkedHashMap<>();
            for (int i = perTerm.size() - 1; i >= 0; i--) {
                perTerm.get(i).students().forEach(st -> students.putIfAbsent(st.personId(), st));
            }
            List<AssignmentEntity> assignments = perTerm.isEmpty() ? List.of() : perTerm.get(0).assignments();
            Map<Long, SubjectEntity> subjects = perTerm.isEmpty() ? Map.of() : perTerm.get(0).subjects();
            List<Column> cols = new ArrayList<>(List.of(col("no", 3), col("student", 26)));
            List<List<AssignmentEntity>> columns = bySubject(assignments);
            for (List<AssignmentEntity> same : columns) {
                cols.add(Column.of(DiaryServiceImpl.subjectName(subjects.get(same.get(0).subjectId), lang()), 7));
            }
            // the teachers' final year grades, by assignment and student
            Map<String, Integer> finals = new HashMap<>();
            if (!assignments.isEmpty()) {
                em.createQuery("SELECT g FROM YearGradeEntity g WHERE g.assignmentId IN :a",
                        kz.digitaledu.school.core.internal.persistence.YearGradeEntity.class)
                        .setParameter("a", assignments.stream().map(a -> a.id).toList()).getResultList()
                        .forEach(g -> finals.put(g.assignmentId + "/" + g.studentPersonId, g.finalGrade));
            }
            List<List<Object>> rows = new ArrayList<>();
            int n = 1;
            boolean anyRecommended = false;
            boolean anyIncomplete = false;
            for (Student st : students.values()) {
                List<Object> row = new ArrayList<>(List.of(n++, st.fullName()));
                for (List<AssignmentEntity> same : columns) {
                    // of a split subject, the group assignment the student was taught in
                    AssignmentEntity a = same.stream().filter(x -> finals.containsKey(x.id + "/" + st.personId())
                            || perTerm.stream().anyMatch(g -> g.byAssignment().getOrDefault(x.id, Map.of()).containsKey(st.personId())))
                            .findFirst().orElse(null);
                    if (a == null) {
                        row.add(null);
                        continue;
                    }
                    List<Integer> termGrades = new ArrayList<>();
                    boolean recommendedOnly = false;
                    for (ClassGrades g : perTerm) {
                        TermGrade tg = g.byAssignment().getOrDefault(a.id, Map.of()).get(st.personId());
                        Integer grade = grade(tg);
                        if (grade != null) {
                            termGrades.add(grade);
                            recommendedOnly |= tg.finalGrade() == null;
                        }
                    }
                    Integer confirmed = finals.get(a.id + "/" + st.personId());
                    if (confirmed != null) {
                        row.add(confirmed);
                        continue;
                    }
                    Integer year = kz.digitaledu.school.api.GradingPolicy.yearGrade(termGrades).orElse(null);
                    boolean incomplete = year != null && termGrades.size() < terms.size();
                    anyRecommended |= year != null && recommendedOnly;
                    anyIncomplete |= incomplete;
                    row.add(year == null ? null : year + (recommendedOnly ? "*" : "") + (incomplete ? "†" : ""));
                }
                rows.add(row);
            }
            String sub = c.grade + c.letter + ", " + y.name + "  " + t("year_rule")
                    + (anyRecommended ? "  " + t("recommended_note") : "") + (anyIncomplete ? "  " + t("incomplete_note") : "");
            return new Report(t("year_card"), sub, List.of(new Report.Table(c.grade + c.letter, cols, rows)));
        });
    }

    /** Counts of grades 5, 4, 3, 2 for a group of term grades. */
    private static final class Tally {
        int students;
        final int[] counts = new int[6];

        void add(Integer grade) {
            students++;
            if (grade != null && grade >= 2 && grade <= 5) {
                counts[grade]++;
            }
        }

        int graded() {
            return counts[2] + counts[3] + counts[4] + counts[5];
        }

        List<Object> cells() {
            int graded = graded();
            return java.util.Arrays.asList(students, graded, counts[5], counts[4], counts[3], counts[2], percent(counts[4] + counts[5], graded),
                    percent(counts[3] + counts[4] + counts[5], graded));
        }

        private static Object percent(int part, int whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
        }
    }

    private List<Column> tallyColumns(String first, int width) {
        List<Column> cols = new ArrayList<>(List.of(col(first, width)));
        for (String k : List.of("students", "graded", "fives", "fours", "threes", "twos", "quality", "success")) {
            cols.add(col(k, 7));
        }
        return cols;
    }

    private List<ClassEntity> classesOfTerm(EntityManager em, long schoolId, long termId) {
        access.check(SchoolPermissions.JOURNAL_READ_ALL, schoolId);
        TermEntity t = em.find(TermEntity.class, termId);
        if (t == null || t.organisationId != schoolId) {
            throw EduException.invalid("termId", "school.validation.term_unknown");
        }
        return em.createQuery("SELECT c FROM ClassEntity c WHERE c.yearId = :y ORDER BY c.grade, c.letter", ClassEntity.class)
                .setParameter("y", t.yearId).getResultList();
    }

    @Override
    public Report performance(long schoolId, long termId) {
        return jpa.read(em -> {
            List<ClassEntity> classes = classesOfTerm(em, schoolId, termId);
            TermEntity t = em.find(TermEntity.class, termId);
            Map<String, Tally> byClass = new LinkedHashMap<>();
            Map<String, Tally> bySubject = new TreeMap<>();
            Map<Long, Tally> byTeacher = new HashMap<>();
            for (ClassEntity c : classes) {
                ClassGrades g = grades(em, c, t);
                Tally ct = byClass.computeIfAbsent(c.grade + c.letter, k -> new Tally());
                for (AssignmentEntity a : g.assignments()) {
                    Tally st = bySubject.computeIfAbsent(DiaryServiceImpl.subjectName(g.subjects().get(a.subjectId), lang()), k -> new Tally());
                    Tally tt = byTeacher.computeIfAbsent(a.teacherAccountId, k -> new Tally());
                    for (Student s : g.students()) {
                        TermGrade tg = g.byAssignment().get(a.id).get(s.personId());
                        if (tg == null) {
                            continue; // not in this sub-group
                        }
                        Integer grade = grade(tg);
                        ct.add(grade);
                        st.add(grade);
                        tt.add(grade);
                    }
                }
            }
            Map<Long, Person> names = persons.personsOfAccounts(byTeacher.keySet());
            List<List<Object>> classRows = new ArrayList<>();
            byClass.forEach((k, v) -> classRows.add(row(k, v)));
            List<List<Object>> subjectRows = new ArrayList<>();
            bySubject.forEach((k, v) -> subjectRows.add(row(k, v)));
            List<List<Object>> teacherRows = new ArrayList<>();
            byTeacher.entrySet().stream().sorted(Comparator.comparing(e -> names.containsKey(e.getKey()) ? names.get(e.getKey()).fullName() : ""))
                    .forEach(e -> teacherRows.add(row(names.containsKey(e.getKey()) ? names.get(e.getKey()).fullName() : "", e.getValue())));
            return new Report(t("performance"), subtitle(em, null, t), List.of(
                    new Report.Table(t("by_class"), tallyColumns("class", 8), classRows),
                    new Report.Table(t("by_subject"), tallyColumns("subject", 24), subjectRows),
                    new Report.Table(t("by_teacher"), tallyColumns("teacher", 26), teacherRows)));
        });
    }

    private static List<Object> row(String first, Tally t) {
        List<Object> r = new ArrayList<>();
        r.add(first);
        r.addAll(t.cells());
        return r;
    }

    @Override
    public Report attendance(long classId, long termId) {
        return jpa.read(em -> {
            ClassEntity c = reportableClass(em, classId);
            TermEntity t = termOf(em, c.yearId, termId);
            List<Student> students = structure.classList(c.id, t.startDate, t.endDate);
            Map<Long, int[]> counts = new HashMap<>();
            for (AttendanceEntity a : em.createQuery("SELECT a FROM AttendanceEntity a, LessonEntity l WHERE a.lessonId = l.id AND l.classId = :c"
                    + " AND l.date >= :f AND l.date <= :t", AttendanceEntity.class).setParameter("c", c.id).setParameter("f", t.startDate)
                    .setParameter("t", t.endDate).getResultList()) {
                int[] k = counts.computeIfAbsent(a.studentPersonId, x -> new int[4]);
                switch (a.status) {
                    case "ABSENT" -> k[0]++;
                    case "ILL" -> k[1]++;
                    case "EXCUSED" -> k[2]++;
                    default -> k[3]++;
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            int n = 1;
            for (Student s : students) {
                int[] k = counts.getOrDefault(s.personId(), new int[4]);
                rows.add(List.of(n++, s.fullName(), k[0] + k[1] + k[2], k[0], k[1], k[2], k[3]));
            }
            return new Report(t("attendance"), subtitle(em, c, t), List.of(new Report.Table(c.grade + c.letter,
                    List.of(col("no", 3), col("student", 28), col("missed", 8), col("absent", 8), col("ill", 8), col("excused", 8), col("late", 8)),
                    rows)));
        });
    }

    @Override
    public Report journalQuality(long schoolId, long termId) {
        LocalDate today = LocalDate.now(clock);
        return jpa.read(em -> {
            List<ClassEntity> classes = classesOfTerm(em, schoolId, termId);
            TermEntity t = em.find(TermEntity.class, termId);
            LocalDate until = today.isBefore(t.endDate) ? today.minusDays(1) : t.endDate;
            Map<Long, ClassEntity> classById = new HashMap<>();
            classes.forEach(c -> classById.put(c.id, c));
            List<AssignmentEntity> assignments = classes.isEmpty() ? List.of() : em.createQuery(
                    "SELECT a FROM AssignmentEntity a WHERE a.classId IN :c", AssignmentEntity.class).setParameter("c", classById.keySet()).getResultList();
            Map<Long, int[]> k = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT l.assignmentId, COUNT(l), SUM(CASE WHEN l.topic IS NULL THEN 1 ELSE 0 END) FROM LessonEntity l"
                    + " WHERE l.organisationId = :o AND l.date >= :f AND l.date <= :u GROUP BY l.assignmentId", Object[].class)
                    .setParameter("o", schoolId).setParameter("f", t.startDate).setParameter("u", until).getResultList()) {
                int[] v = k.computeIfAbsent((Long) r[0], x -> new int[5]);
                v[0] = ((Number) r[1]).intValue();
                v[1] = ((Number) r[2]).intValue();
            }
            for (Object[] r : em.createQuery("SELECT l.assignmentId, COUNT(l) FROM LessonEntity l WHERE l.organisationId = :o AND l.date >= :f"
                    + " AND l.date <= :u AND NOT EXISTS (SELECT m.id FROM MarkEntity m WHERE m.lessonId = l.id) GROUP BY l.assignmentId", Object[].class)
                    .setParameter("o", schoolId).setParameter("f", t.startDate).setParameter("u", until).getResultList()) {
                k.computeIfAbsent((Long) r[0], x -> new int[5])[2] = ((Number) r[1]).intValue();
            }
            for (Object[] r : em.createQuery("SELECT m.assignmentId, m.updatedAt, l.date FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id"
                    + " AND l.organisationId = :o AND l.date >= :f AND l.date <= :t", Object[].class).setParameter("o", schoolId)
                    .setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList()) {
                LocalDate posted = ((java.time.Instant) r[1]).atZone(ZoneId.systemDefault()).toLocalDate();
                if (posted.isAfter(((LocalDate) r[2]).plusDays(LATE_AFTER_DAYS))) {
                    k.computeIfAbsent((Long) r[0], x -> new int[5])[3]++;
                }
            }
            for (Object[] r : em.createQuery("SELECT h.assignmentId, COUNT(h) FROM MarkHistoryEntity h, LessonEntity l WHERE h.lessonId = l.id"
                    + " AND l.organisationId = :o AND h.action = 'delete' AND l.date >= :f AND l.date <= :t GROUP BY h.assignmentId", Object[].class)
                    .setParameter("o", schoolId).setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList()) {
                k.computeIfAbsent((Long) r[0], x -> new int[5])[4] = ((Number) r[1]).intValue();
            }
            Map<Long, Person> names = persons.personsOfAccounts(assignments.stream().map(a -> a.teacherAccountId).toList());
            Map<Long, SubjectEntity> subjects = new HashMap<>();
            List<List<Object>> rows = new ArrayList<>();
            assignments.sort(Comparator.comparing((AssignmentEntity a) -> classById.get(a.classId).grade)
                    .thenComparing(a -> classById.get(a.classId).letter).thenComparing(a -> a.subjectId));
            for (AssignmentEntity a : assignments) {
                ClassEntity c = classById.get(a.classId);
                int[] v = k.getOrDefault(a.id, new int[5]);
                rows.add(List.of(c.grade + c.letter, DiaryServiceImpl.subjectName(subjects.computeIfAbsent(a.subjectId,
                        id -> em.find(SubjectEntity.class, id)), lang()), names.containsKey(a.teacherAccountId)
                                ? names.get(a.teacherAccountId).fullName() : "", v[0], v[1], v[2], v[3], v[4]));
            }
            return new Report(t("journal_quality"), subtitle(em, null, t), List.of(new Report.Table(t("journal_quality"),
                    List.of(col("class", 6), col("subject", 22), col("teacher", 24), col("lessons", 8), col("no_topic", 8), col("no_marks", 8),
                            col("late_marks", 9), col("deleted", 8)), rows)));
        });
    }

    @Override
    public Report teachingLoad(long schoolId, long yearId) {
        access.check(SchoolPermissions.JOURNAL_READ_ALL, schoolId);
        return jpa.read(em -> {
            YearEntity y = em.find(YearEntity.class, yearId);
            if (y == null || y.organisationId != schoolId) {
                throw EduException.invalid("yearId", "school.validation.year_unknown");
            }
            List<Object[]> rows = em.createQuery("SELECT a, c, s FROM AssignmentEntity a, ClassEntity c, SubjectEntity s WHERE a.classId = c.id"
                    + " AND a.subjectId = s.id AND c.yearId = :y ORDER BY c.grade, c.letter", Object[].class).setParameter("y", yearId).getResultList();
            Map<Long, List<Object[]>> byTeacher = new HashMap<>();
            for (Object[] r : rows) {
                byTeacher.computeIfAbsent(((AssignmentEntity) r[0]).teacherAccountId, k -> new ArrayList<>()).add(r);
            }
            Map<Long, Person> names = persons.personsOfAccounts(byTeacher.keySet());
            List<List<Object>> out = new ArrayList<>();
            byTeacher.entrySet().stream().sorted(Comparator.comparing(e -> names.containsKey(e.getKey()) ? names.get(e.getKey()).fullName() : ""))
                    .forEach(e -> {
                        int hours = 0;
                        Map<String, List<String>> classesBySubject = new TreeMap<>();
                        for (Object[] r : e.getValue()) {
                            AssignmentEntity a = (AssignmentEntity) r[0];
                            ClassEntity c = (ClassEntity) r[1];
                            hours += a.hoursPerWeek;
                            classesBySubject.computeIfAbsent(DiaryServiceImpl.subjectName((SubjectEntity) r[2], lang()), k -> new ArrayList<>())
                                    .add(c.grade + c.letter + " (" + a.hoursPerWeek + ")");
                        }
                        StringBuilder what = new StringBuilder();
                        classesBySubject.forEach((subject, classes) -> what.append(what.length() == 0 ? "" : "; ").append(subject).append(": ")
                                .append(String.join(", ", classes)));
                        out.add(List.of(names.containsKey(e.getKey()) ? names.get(e.getKey()).fullName() : "", what.toString(), hours));
                    });
            return new Report(t("teaching_load"), y.name, List.of(new Report.Table(t("teaching_load"),
                    List.of(col("teacher", 26), col("classes_subjects", 70), col("hours", 8)), out)));
        });
    }

    @Override
    public Report movement(long schoolId, LocalDate from, LocalDate to) {
        access.check(SchoolPermissions.STRUCTURE_READ, schoolId);
        if (from == null || to == null || to.isBefore(from)) {
            throw EduException.invalid("to", "school.validation.end_before_start");
        }
        return jpa.read(em -> {
            List<kz.digitaledu.school.core.internal.persistence.EnrolmentEntity> all = em.createQuery(
                    "SELECT e FROM EnrolmentEntity e WHERE e.organisationId = :o AND ((e.fromDate >= :f AND e.fromDate <= :t)"
                            + " OR (e.toDate >= :f AND e.toDate <= :t))", kz.digitaledu.school.core.internal.persistence.EnrolmentEntity.class)
                    .setParameter("o", schoolId).setParameter("f", from).setParameter("t", to).getResultList();
            Map<Long, Person> people = persons.persons(all.stream().map(e -> e.studentPersonId).toList());
            Map<Long, ClassEntity> classes = new HashMap<>();
            List<List<Object>> arrived = new ArrayList<>();
            List<List<Object>> departed = new ArrayList<>();
            for (var e : all) {
                ClassEntity c = classes.computeIfAbsent(e.classId, id -> em.find(ClassEntity.class, id));
                String name = people.containsKey(e.studentPersonId) ? people.get(e.studentPersonId).fullName() : "";
                if (!e.fromDate.isBefore(from) && !e.fromDate.isAfter(to)) {
                    arrived.add(java.util.Arrays.asList(e.fromDate, name, c.grade + c.letter, e.orderIn));
                }
                if (e.toDate != null && !e.toDate.isBefore(from) && !e.toDate.isAfter(to)) {
                    departed.add(java.util.Arrays.asList(e.toDate, name, c.grade + c.letter, e.orderOut, reason(e.leaveReason)));
                }
            }
            Comparator<List<Object>> byDate = Comparator.comparing(r -> (LocalDate) r.get(0));
            arrived.sort(byDate.thenComparing(r -> (String) r.get(1)));
            departed.sort(byDate.thenComparing(r -> (String) r.get(1)));
            return new Report(t("movement"), from + " – " + to, List.of(
                    new Report.Table(t("arrived"), List.of(col("date", 10), col("student", 28), col("class", 6), col("order", 14)), arrived),
                    new Report.Table(t("departed"), List.of(col("date", 10), col("student", 28), col("class", 6), col("order", 14),
                            col("reason", 20)), departed)));
        });
    }

    @Override
    public Report alphabeticalBook(long schoolId) {
        access.check(SchoolPermissions.STRUCTURE_READ, schoolId);
        return jpa.read(em -> {
            List<kz.digitaledu.school.core.internal.persistence.EnrolmentEntity> all = em.createQuery(
                    "SELECT e FROM EnrolmentEntity e WHERE e.organisationId = :o ORDER BY e.fromDate, e.id",
                    kz.digitaledu.school.core.internal.persistence.EnrolmentEntity.class).setParameter("o", schoolId).getResultList();
            Map<Long, Person> people = persons.persons(all.stream().map(e -> e.studentPersonId).toList());
            Map<Long, ClassEntity> classes = new HashMap<>();
            Map<Long, List<kz.digitaledu.school.core.internal.persistence.EnrolmentEntity>> byStudent = new LinkedHashMap<>();
            all.forEach(e -> byStudent.computeIfAbsent(e.studentPersonId, k -> new ArrayList<>()).add(e));
            List<List<Object>> rows = new ArrayList<>();
            byStudent.entrySet().stream().filter(e -> people.containsKey(e.getKey()))
                    .sorted(Comparator.comparing((Map.Entry<Long, List<kz.digitaledu.school.core.internal.persistence.EnrolmentEntity>> e) ->
                            people.get(e.getKey()).lastName()).thenComparing(e -> people.get(e.getKey()).firstName()))
                    .forEach(e -> {
                        Person p = people.get(e.getKey());
                        var first = e.getValue().get(0);
                        var last = e.getValue().get(e.getValue().size() - 1);
                        ClassEntity c = classes.computeIfAbsent(last.classId, id -> em.find(ClassEntity.class, id));
                        rows.add(java.util.Arrays.asList(rows.size() + 1, p.fullName(), p.birthDate(), p.gender() == null ? null
                                : t("gender." + p.gender().name()), c.grade + c.letter, first.fromDate, first.orderIn, last.toDate, last.orderOut,
                                reason(last.leaveReason)));
                    });
            return new Report(t("alphabetical_book"), "", List.of(new Report.Table(t("alphabetical_book"),
                    List.of(col("no", 4), col("student", 28), col("birth_date", 10), col("gender", 4), col("class", 6), col("from", 10),
                            col("order", 12), col("to", 10), col("order", 12), col("reason", 16)), rows)));
        });
    }
}
