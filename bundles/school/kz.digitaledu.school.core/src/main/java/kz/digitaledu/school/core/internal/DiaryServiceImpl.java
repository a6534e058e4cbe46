package kz.digitaledu.school.core.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.AttendanceStatus;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService.TermGrade;
import kz.digitaledu.school.api.SchoolStructureService.Student;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.AttendanceEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.EnrolmentEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.MarkEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.TermGradeEntity;

/** {@link DiaryService} on the school's persistence unit; wired by {@link SchoolComponents}. */
class DiaryServiceImpl implements DiaryService {
    private final Jpa jpa;
    private final SchoolAccess access;
    private final PersonDirectory persons;
    private final Clock clock;

    DiaryServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, Clock clock) {
        this.jpa = jpa;
        this.access = access;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    public List<DiaryStudent> students() {
        EduPrincipal me = access.me();
        Set<Long> ids = new LinkedHashSet<>();
        if (me.hasRole(Role.STUDENT)) {
            persons.personOfAccount(me.accountId()).ifPresent(p -> ids.add(p.id()));
        }
        if (me.hasRole(Role.PARENT)) {
            ids.addAll(persons.childrenOf(me.accountId()));
        }
        Map<Long, Person> people = persons.persons(ids);
        LocalDate today = LocalDate.now(clock);
        List<DiaryStudent> out = new ArrayList<>();
        for (long id : ids) {
            Person p = people.get(id);
            if (p == null) {
                continue;
            }
            ClassEntity c = jpa.read(em -> classOn(em, id, today));
            if (c != null && !access.mayReadDiary(id, c.organisationId)) {
                continue;
            }
            out.add(new DiaryStudent(id, p.fullName(), c == null ? null : c.id, c == null ? null : c.grade + c.letter,
                    c == null ? p.organisationId() : c.organisationId));
        }
        return out;
    }

    /** The class a student is enrolled in on a date (latest enrolment when there are several). */
    static ClassEntity classOn(EntityManager em, long studentPersonId, LocalDate d) {
        return em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.studentPersonId = :p AND e.fromDate <= :d"
                + " AND (e.toDate IS NULL OR e.toDate >= :d) ORDER BY e.fromDate DESC", EnrolmentEntity.class)
                .setParameter("p", studentPersonId).setParameter("d", d).getResultList().stream().findFirst()
                .map(e -> em.find(ClassEntity.class, e.classId)).orElse(null);
    }

    private ClassEntity readableClass(EntityManager em, long studentPersonId, LocalDate d) {
        ClassEntity c = classOn(em, studentPersonId, d);
        if (c == null) {
            // the nearest enrolment before the date (summer, after leaving) so that history stays readable
            c = em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.studentPersonId = :p AND e.fromDate <= :d ORDER BY e.fromDate DESC",
                    EnrolmentEntity.class).setParameter("p", studentPersonId).setParameter("d", d).getResultList().stream().findFirst()
                    .map(e -> em.find(ClassEntity.class, e.classId)).orElse(null);
        }
        if (c == null || !access.mayReadDiary(studentPersonId, c.organisationId)) {
            throw EduException.notFound("student", studentPersonId);
        }
        return c;
    }

    @Override
    public List<DiaryEntry> week(long studentPersonId, LocalDate date) {
        LocalDate d = date == null ? LocalDate.now(clock) : date;
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        String lang = access.me().locale().getLanguage();
        return jpa.read(em -> {
            // the class on that day, else the one the student is in later that week (the first week of the year starts on
            // a Monday before the enrolment of 1 September)
            ClassEntity c = readableClass(em, studentPersonId, classOn(em, studentPersonId, d) != null ? d : saturday);
            List<LessonEntity> lessons = em.createQuery("SELECT l FROM LessonEntity l WHERE l.classId = :c AND l.date >= :f AND l.date <= :t"
                    + " ORDER BY l.date, l.period", LessonEntity.class).setParameter("c", c.id).setParameter("f", monday)
                    .setParameter("t", saturday).getResultList();
            Map<Long, BigDecimal> marks = new HashMap<>();
            Map<Long, String> comments = new HashMap<>();
            Map<Long, AttendanceStatus> attendance = new HashMap<>();
            if (!lessons.isEmpty()) {
                List<Long> ids = lessons.stream().map(l -> l.id).toList();
                em.createQuery("SELECT m FROM MarkEntity m WHERE m.studentPersonId = :p AND m.lessonId IN :ids", MarkEntity.class)
                        .setParameter("p", studentPersonId).setParameter("ids", ids).getResultList().forEach(m -> {
                            marks.put(m.lessonId, m.value);
                            if (m.comment != null) {
                                comments.put(m.lessonId, m.comment);
                            }
                        });
                em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.studentPersonId = :p AND a.lessonId IN :ids", AttendanceEntity.class)
                        .setParameter("p", studentPersonId).setParameter("ids", ids).getResultList()
                        .forEach(a -> attendance.put(a.lessonId, AttendanceStatus.valueOf(a.status)));
            }
            Map<Long, AssignmentEntity> assignments = assignments(em, c.id, studentPersonId);
            Map<Long, SubjectEntity> subjects = subjects(em, assignments);
            Set<Long> teachers = new HashSet<>();
            assignments.values().forEach(a -> teachers.add(a.teacherAccountId));
            lessons.forEach(l -> {
                if (l.substituteAccountId != null) {
                    teachers.add(l.substituteAccountId);
                }
            });
            Map<Long, Person> teacherNames = persons.personsOfAccounts(teachers);
            Map<Long, List<kz.digitaledu.school.api.HomeworkFileService.Attachment>> files =
                    HomeworkFileServiceImpl.ofLessons(em, lessons.stream().map(l -> l.id).toList());
            List<DiaryEntry> out = new ArrayList<>();
            for (LessonEntity l : lessons) {
                AssignmentEntity a = assignments.get(l.assignmentId);
                if (a == null) {
                    continue; // another group's lesson
                }
                long teacher = l.substituteAccountId != null ? l.substituteAccountId : a.teacherAccountId;
                out.add(new DiaryEntry(l.id, l.date, l.period, subjectName(subjects.get(a.subjectId), lang),
                        teacherNames.containsKey(teacher) ? teacherNames.get(teacher).fullName() : "", l.topic, l.homework,
                        AssessmentKind.valueOf(l.assessment), l.maxPoints, marks.get(l.id), attendance.get(l.id), l.substituteAccountId != null,
                        files.getOrDefault(l.id, List.of()), comments.get(l.id)));
            }
            return out;
        });
    }

    /** The class's assignments the student is taught in: those of the whole class and those of the student's groups. */
    private static Map<Long, AssignmentEntity> assignments(EntityManager em, long classId, long studentPersonId) {
        Map<Long, AssignmentEntity> m = new HashMap<>();
        Groups groups = Groups.ofClass(em, classId);
        em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.classId = :c", AssignmentEntity.class).setParameter("c", classId)
                .getResultList().stream().filter(a -> groups.includes(a, studentPersonId)).forEach(a -> m.put(a.id, a));
        return m;
    }

    private static Map<Long, SubjectEntity> subjects(EntityManager em, Map<Long, AssignmentEntity> assignments) {
        Map<Long, SubjectEntity> m = new HashMap<>();
        for (AssignmentEntity a : assignments.values()) {
            m.computeIfAbsent(a.subjectId, id -> em.find(SubjectEntity.class, id));
        }
        return m;
    }

    static String subjectName(SubjectEntity s, String lang) {
        return Mapping.subject(s).name(lang);
    }

    @Override
    public List<SubjectSummary> summary(long studentPersonId, LocalDate date) {
        LocalDate d = date == null ? LocalDate.now(clock) : date;
        String lang = access.me().locale().getLanguage();
        return jpa.read(em -> {
            ClassEntity c = readableClass(em, studentPersonId, d);
            SchoolYear.Term term = JournalServiceImpl.termOn(em, c.yearId, d);
            if (term == null) {
                return List.<SubjectSummary>of();
            }
            GradingPolicy policy = JournalServiceImpl.policy(em, c.organisationId);
            Map<Long, AssignmentEntity> assignments = assignments(em, c.id, studentPersonId);
            Map<Long, SubjectEntity> subjects = subjects(em, assignments);
            Map<Long, Person> teacherNames = persons.personsOfAccounts(assignments.values().stream().map(a -> a.teacherAccountId).toList());
            List<Object[]> rows = em.createQuery("SELECT m, l FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id AND l.classId = :c"
                    + " AND m.studentPersonId = :p AND l.date >= :f AND l.date <= :t ORDER BY l.date, l.period", Object[].class)
                    .setParameter("c", c.id).setParameter("p", studentPersonId).setParameter("f", term.startDate())
                    .setParameter("t", term.endDate()).getResultList();
            Map<Long, Integer> finals = new HashMap<>();
            em.createQuery("SELECT g FROM TermGradeEntity g WHERE g.termId = :t AND g.studentPersonId = :p", TermGradeEntity.class)
                    .setParameter("t", term.id()).setParameter("p", studentPersonId).getResultList()
                    .forEach(g -> finals.put(g.assignmentId, g.finalGrade));
            List<SubjectSummary> out = new ArrayList<>();
            for (AssignmentEntity a : assignments.values()) {
                List<MarkEntity> marks = new ArrayList<>();
                Map<Long, LessonEntity> lessons = new HashMap<>();
                List<BigDecimal> formative = new ArrayList<>();
                List<BigDecimal> summative = new ArrayList<>();
                for (Object[] r : rows) {
                    LessonEntity l = (LessonEntity) r[1];
                    if (l.assignmentId == a.id) {
                        MarkEntity m = (MarkEntity) r[0];
                        marks.add(m);
                        lessons.put(l.id, l);
                        (AssessmentKind.valueOf(l.assessment) == AssessmentKind.FORMATIVE ? formative : summative).add(m.value);
                    }
                }
                TermGrade g = JournalServiceImpl.grades(policy, List.of(new Student(studentPersonId, "", c.id)), marks, lessons, List.of())
                        .get(studentPersonId);
                out.add(new SubjectSummary(a.id, subjectName(subjects.get(a.subjectId), lang),
                        teacherNames.containsKey(a.teacherAccountId) ? teacherNames.get(a.teacherAccountId).fullName() : "", formative,
                        summative, g.percent(), g.recommended(), finals.get(a.id)));
            }
            out.sort(Comparator.comparing(SubjectSummary::subject));
            return out;
        });
    }
}
