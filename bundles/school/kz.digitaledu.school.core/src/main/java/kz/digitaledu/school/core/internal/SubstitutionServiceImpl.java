package kz.digitaledu.school.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Notification;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SubstitutionService;
import kz.digitaledu.school.core.internal.persistence.AbsenceEntity;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;

/** {@link SubstitutionService} on the school's persistence unit; wired by {@link SchoolComponents}. */
class SubstitutionServiceImpl implements SubstitutionService {
    private final Jpa jpa;
    private final SchoolAccess access;
    private final PersonDirectory persons;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;

    SubstitutionServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit, NotificationService notifications,
            Clock clock) {
        this.jpa = jpa;
        this.access = access;
        this.persons = persons;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Accounts that teach in the school: the staff a substitute is chosen from. */
    private static Set<Long> teachersOf(EntityManager em, long schoolId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT a.teacherAccountId FROM AssignmentEntity a WHERE a.organisationId = :o", Long.class)
                .setParameter("o", schoolId).getResultList());
    }

    @Override
    public TeacherAbsence markAbsent(long schoolId, long teacherAccountId, LocalDate from, LocalDate to, String reason) {
        Validation v = new Validation().required("from", from).required("to", to).maxLength("reason", reason, 200);
        if (from != null && to != null) {
            v.check(!to.isBefore(from), "to", "school.validation.end_before_start");
            v.check(!to.isAfter(from.plusDays(366)), "to", "school.validation.absence_too_long");
        }
        v.throwIfAny();
        access.check(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
        AbsenceEntity saved = jpa.tx(em -> {
            if (!teachersOf(em, schoolId).contains(teacherAccountId)) {
                throw EduException.invalid("teacherAccountId", "school.validation.teacher_unknown");
            }
            AbsenceEntity e = new AbsenceEntity();
            e.organisationId = schoolId;
            e.teacherAccountId = teacherAccountId;
            e.fromDate = from;
            e.toDate = to;
            e.reason = StructureServiceImpl.blankToNull(reason);
            e.createdAt = clock.instant();
            e.createdBy = access.me().accountId();
            em.persist(e);
            em.flush();
            return e;
        });
        TeacherAbsence a = toApi(saved, persons.personsOfAccounts(List.of(teacherAccountId)));
        audit.record("school.teacher_absence.create", "teacher_absence", a.id(), schoolId, null, a);
        return a;
    }

    private static TeacherAbsence toApi(AbsenceEntity e, Map<Long, Person> names) {
        return new TeacherAbsence(e.id, e.organisationId, e.teacherAccountId, name(names, e.teacherAccountId), e.fromDate, e.toDate, e.reason);
    }

    private static String name(Map<Long, Person> names, Long accountId) {
        return accountId != null && names.containsKey(accountId) ? names.get(accountId).fullName() : null;
    }

    @Override
    public List<TeacherAbsence> absences(long schoolId, LocalDate from, LocalDate to) {
        access.check(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
        List<AbsenceEntity> rows = jpa.read(em -> em.createQuery("SELECT a FROM AbsenceEntity a WHERE a.organisationId = :o"
                + " AND a.toDate >= :f AND a.fromDate <= :t ORDER BY a.fromDate, a.id", AbsenceEntity.class).setParameter("o", schoolId)
                .setParameter("f", from).setParameter("t", to).getResultList());
        Map<Long, Person> names = persons.personsOfAccounts(rows.stream().map(r -> r.teacherAccountId).toList());
        return rows.stream().map(r -> toApi(r, names)).toList();
    }

    private AbsenceEntity absence(EntityManager em, long absenceId) {
        AbsenceEntity a = em.find(AbsenceEntity.class, absenceId);
        if (a == null || !access.permitted(SchoolPermissions.STRUCTURE_MANAGE, a.organisationId)) {
            throw EduException.notFound("absence", absenceId);
        }
        return a;
    }

    @Override
    public List<AffectedLesson> affectedLessons(long absenceId) {
        return describe(jpa.read(em -> {
            AbsenceEntity a = absence(em, absenceId);
            return em.createQuery("SELECT l FROM LessonEntity l, AssignmentEntity s WHERE l.assignmentId = s.id AND s.teacherAccountId = :t"
                    + " AND l.organisationId = :o AND l.date >= :f AND l.date <= :to ORDER BY l.date, l.period", LessonEntity.class)
                    .setParameter("t", a.teacherAccountId).setParameter("o", a.organisationId).setParameter("f", a.fromDate)
                    .setParameter("to", a.toDate).getResultList();
        }));
    }

    private List<AffectedLesson> describe(List<LessonEntity> lessons) {
        if (lessons.isEmpty()) {
            return List.of();
        }
        Map<Long, AssignmentEntity> assignments = new HashMap<>();
        Map<Long, ClassEntity> classes = new HashMap<>();
        Map<Long, SubjectEntity> subjects = new HashMap<>();
        jpa.read(em -> {
            for (LessonEntity l : lessons) {
                AssignmentEntity a = assignments.computeIfAbsent(l.assignmentId, id -> em.find(AssignmentEntity.class, id));
                classes.computeIfAbsent(a.classId, id -> em.find(ClassEntity.class, id));
                subjects.computeIfAbsent(a.subjectId, id -> em.find(SubjectEntity.class, id));
            }
            return null;
        });
        Set<Long> accounts = new HashSet<>();
        assignments.values().forEach(a -> accounts.add(a.teacherAccountId));
        lessons.stream().filter(l -> l.substituteAccountId != null).forEach(l -> accounts.add(l.substituteAccountId));
        Map<Long, Person> names = persons.personsOfAccounts(accounts);
        String lang = access.me().locale().getLanguage();
        List<AffectedLesson> out = new ArrayList<>();
        for (LessonEntity l : lessons) {
            AssignmentEntity a = assignments.get(l.assignmentId);
            ClassEntity c = classes.get(a.classId);
            out.add(new AffectedLesson(l.id, l.date, l.period, c.grade + c.letter, DiaryServiceImpl.subjectName(subjects.get(a.subjectId), lang),
                    a.teacherAccountId, name(names, a.teacherAccountId), l.substituteAccountId, name(names, l.substituteAccountId)));
        }
        return out;
    }

    private record LessonCtx(LessonEntity l, AssignmentEntity a) {
    }

    private LessonCtx manageableLesson(EntityManager em, long lessonId) {
        LessonEntity l = em.find(LessonEntity.class, lessonId);
        if (l == null || !access.permitted(SchoolPermissions.STRUCTURE_MANAGE, l.organisationId)) {
            throw EduException.notFound("lesson", lessonId);
        }
        return new LessonCtx(l, em.find(AssignmentEntity.class, l.assignmentId));
    }

    @Override
    public List<Candidate> candidates(long lessonId) {
        Map<Long, boolean[]> info = new HashMap<>();
        Map<Long, Integer> busyThatDay = new HashMap<>();
        jpa.read(em -> {
            LessonCtx x = manageableLesson(em, lessonId);
            Set<Long> staff = teachersOf(em, x.l.organisationId);
            staff.remove(x.a.teacherAccountId);
            staff.removeAll(em.createQuery("SELECT a.teacherAccountId FROM AbsenceEntity a WHERE a.organisationId = :o AND a.fromDate <= :d"
                    + " AND a.toDate >= :d", Long.class).setParameter("o", x.l.organisationId).setParameter("d", x.l.date).getResultList());
            Set<Long> qualified = new HashSet<>(em.createQuery("SELECT DISTINCT a.teacherAccountId FROM AssignmentEntity a"
                    + " WHERE a.organisationId = :o AND a.subjectId = :s", Long.class).setParameter("o", x.l.organisationId)
                    .setParameter("s", x.a.subjectId).getResultList());
            // who teaches at that date: own lessons (not handed to a substitute) and lessons they substitute
            for (Object[] r : em.createQuery("SELECT s.teacherAccountId, l.substituteAccountId, l.period FROM LessonEntity l, AssignmentEntity s"
                    + " WHERE l.assignmentId = s.id AND l.organisationId = :o AND l.date = :d", Object[].class)
                    .setParameter("o", x.l.organisationId).setParameter("d", x.l.date).getResultList()) {
                long teacher = r[1] != null ? (Long) r[1] : (Long) r[0];
                busyThatDay.merge(teacher, 1, Integer::sum);
                if ((Integer) r[2] == x.l.period) {
                    staff.remove(teacher);
                }
            }
            staff.forEach(t -> info.put(t, new boolean[] {qualified.contains(t)}));
            return null;
        });
        Map<Long, Person> names = persons.personsOfAccounts(info.keySet());
        return info.entrySet().stream().map(e -> new Candidate(e.getKey(), name(names, e.getKey()), e.getValue()[0],
                busyThatDay.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparing(Candidate::teachesSubject).reversed().thenComparingInt(Candidate::lessonsThatDay)
                        .thenComparing(c -> c.name() == null ? "" : c.name()))
                .toList();
    }

    @Override
    public AffectedLesson assign(long lessonId, long substituteAccountId) {
        if (candidates(lessonId).stream().noneMatch(c -> c.accountId() == substituteAccountId)) {
            throw EduException.invalid("substituteAccountId", "school.validation.substitute_busy");
        }
        Long before = jpa.tx(em -> {
            LessonCtx x = manageableLesson(em, lessonId);
            Long old = x.l.substituteAccountId;
            x.l.substituteAccountId = substituteAccountId;
            return old;
        });
        AffectedLesson after = describe(jpa.read(em -> List.of(em.find(LessonEntity.class, lessonId)))).get(0);
        audit.record("school.substitution.assign", "lesson", lessonId, null, before, substituteAccountId);
        notifications.send(new Notification(substituteAccountId, "school.substitution", "school.notify.substitution.title",
                "school.notify.substitution.body", List.of(after.className(), after.subject(), after.date().toString(), after.period(),
                        after.teacherName() == null ? "" : after.teacherName()), Map.of("journal", "journal")));
        return after;
    }

    @Override
    public AffectedLesson unassign(long lessonId) {
        Long before = jpa.tx(em -> {
            LessonCtx x = manageableLesson(em, lessonId);
            Long old = x.l.substituteAccountId;
            x.l.substituteAccountId = null;
            return old;
        });
        audit.record("school.substitution.unassign", "lesson", lessonId, null, before, null);
        return describe(jpa.read(em -> List.of(em.find(LessonEntity.class, lessonId)))).get(0);
    }

    @Override
    public List<AffectedLesson> book(long schoolId, LocalDate from, LocalDate to) {
        access.check(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
        return describe(jpa.read(em -> em.createQuery("SELECT l FROM LessonEntity l WHERE l.organisationId = :o AND l.substituteAccountId IS NOT NULL"
                + " AND l.date >= :f AND l.date <= :t ORDER BY l.date, l.period", LessonEntity.class).setParameter("o", schoolId)
                .setParameter("f", from).setParameter("t", to).getResultList()));
    }
}
