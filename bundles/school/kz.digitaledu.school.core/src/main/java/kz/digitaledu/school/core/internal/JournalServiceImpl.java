package kz.digitaledu.school.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.AttendanceStatus;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService.Student;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.AttendanceEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.ClassGroupEntity;
import kz.digitaledu.school.core.internal.persistence.GradingPolicyEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.MarkEntity;
import kz.digitaledu.school.core.internal.persistence.MarkHistoryEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.TermEntity;
import kz.digitaledu.school.core.internal.persistence.TermGradeEntity;
import kz.digitaledu.school.core.internal.persistence.YearEntity;

/** {@link JournalService} on the school's persistence unit; wired by {@link SchoolComponents}. */
class JournalServiceImpl implements JournalService {
    /** At most this many term summatives (СОЧ) for one class on one day. */
    static final int MAX_TERM_SUMMATIVES_PER_DAY = 3;

    private final Jpa jpa;
    private final SchoolAccess access;
    private final StructureServiceImpl structure;
    private final PersonDirectory persons;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Clock clock;
    private final java.util.concurrent.Executor notifier;

    JournalServiceImpl(Jpa jpa, SchoolAccess access, StructureServiceImpl structure, PersonDirectory persons, AuditService audit,
            NotificationService notifications, Clock clock) {
        this(jpa, access, structure, persons, audit, notifications, clock, Runnable::run);
    }

    /** {@code notifier} runs the notifications to parents (off the request thread in the server). */
    JournalServiceImpl(Jpa jpa, SchoolAccess access, StructureServiceImpl structure, PersonDirectory persons, AuditService audit,
            NotificationService notifications, Clock clock, java.util.concurrent.Executor notifier) {
        this.notifier = notifier;
        this.jpa = jpa;
        this.access = access;
        this.structure = structure;
        this.persons = persons;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    private record Ctx(AssignmentEntity a, ClassEntity c, SubjectEntity s) {
    }

    private Ctx readable(EntityManager em, long assignmentId) {
        AssignmentEntity a = em.find(AssignmentEntity.class, assignmentId);
        ClassEntity c = a == null ? null : em.find(ClassEntity.class, a.classId);
        if (a == null || !(access.mayReadJournal(a, c) || substitutesIn(em, assignmentId))) {
            throw EduException.notFound("assignment", assignmentId);
        }
        return new Ctx(a, c, em.find(SubjectEntity.class, a.subjectId));
    }

    /** Whether the current user substitutes a lesson of the assignment (and so may open its journal). */
    private boolean substitutesIn(EntityManager em, long assignmentId) {
        return em.createQuery("SELECT COUNT(l) FROM LessonEntity l WHERE l.assignmentId = :a AND l.substituteAccountId = :t", Long.class)
                .setParameter("a", assignmentId).setParameter("t", access.me().accountId()).getSingleResult() > 0;
    }

    private TermEntity term(EntityManager em, ClassEntity c, long termId) {
        TermEntity t = em.find(TermEntity.class, termId);
        if (t == null || t.yearId != c.yearId) {
            throw EduException.invalid("termId", "school.validation.term_unknown");
        }
        return t;
    }

    @Override
    public List<JournalRef> journals() {
        long me = access.me().accountId();
        java.util.Set<Long> all = access.schoolsWith(SchoolPermissions.JOURNAL_READ_ALL);
        java.util.Set<Long> keep = access.schoolsWith(SchoolPermissions.JOURNAL_KEEP);
        if (all.isEmpty() && keep.isEmpty()) {
            return List.of();
        }
        String lang = access.me().locale().getLanguage();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = jpa.read(em -> {
            List<AssignmentEntity> list = new ArrayList<>();
            if (!all.isEmpty()) {
                list.addAll(em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.organisationId IN :o", AssignmentEntity.class)
                        .setParameter("o", all).getResultList());
            }
            if (!keep.isEmpty()) {
                em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.organisationId IN :o AND a.teacherAccountId = :t", AssignmentEntity.class)
                        .setParameter("o", keep).setParameter("t", me).getResultList().stream()
                        .filter(a -> !all.contains(a.organisationId)).forEach(list::add);
            }
            Map<Long, ClassEntity> classes = new HashMap<>();
            Map<Long, String> groupNames = new HashMap<>();
            Map<Long, SubjectEntity> subjects = new HashMap<>();
            Map<Long, List<SchoolYear.Term>> terms = new HashMap<>();
            Map<Long, YearEntity> years = new HashMap<>();
            List<Object[]> out = new ArrayList<>();
            for (AssignmentEntity a : list) {
                ClassEntity c = classes.computeIfAbsent(a.classId, id -> em.find(ClassEntity.class, id));
                YearEntity y = years.computeIfAbsent(c.yearId, id -> em.find(YearEntity.class, id));
                if (today.isBefore(y.startDate.minusMonths(3)) || today.isAfter(y.endDate.plusMonths(3))) {
                    continue;
                }
                out.add(new Object[] {a, c, subjects.computeIfAbsent(a.subjectId, id -> em.find(SubjectEntity.class, id)),
                        terms.computeIfAbsent(c.yearId, id -> StructureServiceImpl.loadYear(em, y).terms()),
                        a.groupId == null ? null : groupNames.computeIfAbsent(a.groupId,
                                id -> em.find(ClassGroupEntity.class, id).name)});
            }
            return out;
        });
        Map<Long, Person> teachers = persons.personsOfAccounts(rows.stream().map(r -> ((AssignmentEntity) r[0]).teacherAccountId).toList());
        List<JournalRef> refs = new ArrayList<>();
        for (Object[] r : rows) {
            AssignmentEntity a = (AssignmentEntity) r[0];
            ClassEntity c = (ClassEntity) r[1];
            @SuppressWarnings("unchecked")
            List<SchoolYear.Term> terms = (List<SchoolYear.Term>) r[3];
            refs.add(new JournalRef(a.id, a.organisationId, c.id, c.grade + c.letter, DiaryServiceImpl.subjectName((SubjectEntity) r[2], lang),
                    teachers.containsKey(a.teacherAccountId) ? teachers.get(a.teacherAccountId).fullName() : "",
                    a.teacherAccountId == me && keep.contains(a.organisationId), terms, (String) r[4]));
        }
        refs.sort(java.util.Comparator.comparing(JournalRef::writable).reversed().thenComparing(r -> r.className().length())
                .thenComparing(JournalRef::className).thenComparing(JournalRef::subject));
        return refs;
    }

    @Override
    public JournalPage journal(long assignmentId, long termId) {
        return jpa.read(em -> {
            Ctx x = readable(em, assignmentId);
            TermEntity t = term(em, x.c, termId);
            List<Student> students = structure.roster(em, x.a, t.startDate, t.endDate);
            List<LessonEntity> lessons = em.createQuery("SELECT l FROM LessonEntity l WHERE l.assignmentId = :a AND l.date >= :f"
                    + " AND l.date <= :t ORDER BY l.date, l.period", LessonEntity.class).setParameter("a", assignmentId)
                    .setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList();
            List<MarkEntity> marks = em.createQuery("SELECT m FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id"
                    + " AND l.assignmentId = :a AND l.date >= :f AND l.date <= :t", MarkEntity.class).setParameter("a", assignmentId)
                    .setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList();
            List<AttendanceEntity> attendance = em.createQuery("SELECT m FROM AttendanceEntity m, LessonEntity l WHERE m.lessonId = l.id"
                    + " AND l.assignmentId = :a AND l.date >= :f AND l.date <= :t", AttendanceEntity.class).setParameter("a", assignmentId)
                    .setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList();
            List<TermGradeEntity> finals = em.createQuery("SELECT g FROM TermGradeEntity g WHERE g.assignmentId = :a AND g.termId = :t",
                    TermGradeEntity.class).setParameter("a", assignmentId).setParameter("t", termId).getResultList();
            GradingPolicy policy = policy(em, x.a.organisationId);
            Map<Long, LessonEntity> byId = new HashMap<>();
            lessons.forEach(l -> byId.put(l.id, l));
            Map<Long, TermGrade> grades = grades(policy, students, marks, byId, finals);
            String teacher = persons.personOfAccount(x.a.teacherAccountId).map(Person::fullName).orElse("");
            return new JournalPage(Mapping.assignment(x.a), Mapping.schoolClass(x.c), Mapping.subject(x.s), teacher, Mapping.term(t), students,
                    lessons.stream().map(l -> Mapping.lesson(l, x.a)).toList(),
                    marks.stream().map(m -> new Mark(m.lessonId, m.studentPersonId, m.value, m.comment, m.updatedAt, m.updatedBy)).toList(),
                    attendance.stream().map(a -> new Attendance(a.lessonId, a.studentPersonId, AttendanceStatus.valueOf(a.status))).toList(),
                    grades, access.mayKeepJournal(x.a));
        });
    }

    /** Recommended and final term grades of each student from the marks of the term's lessons. */
    static Map<Long, TermGrade> grades(GradingPolicy policy, List<Student> students, List<MarkEntity> marks, Map<Long, LessonEntity> lessons,
            List<TermGradeEntity> finals) {
        Map<Long, List<Integer>> formative = new HashMap<>();
        Map<Long, List<GradingPolicy.Points>> sections = new HashMap<>();
        Map<Long, List<GradingPolicy.Points>> terms = new HashMap<>();
        for (MarkEntity m : marks) {
            LessonEntity l = lessons.get(m.lessonId);
            if (l == null) {
                continue;
            }
            switch (AssessmentKind.valueOf(l.assessment)) {
                case FORMATIVE -> formative.computeIfAbsent(m.studentPersonId, k -> new ArrayList<>()).add(m.value.intValue());
                case SECTION_SUMMATIVE -> sections.computeIfAbsent(m.studentPersonId, k -> new ArrayList<>())
                        .add(new GradingPolicy.Points(m.value.doubleValue(), l.maxPoints == null ? 0 : l.maxPoints));
                case TERM_SUMMATIVE -> terms.computeIfAbsent(m.studentPersonId, k -> new ArrayList<>())
                        .add(new GradingPolicy.Points(m.value.doubleValue(), l.maxPoints == null ? 0 : l.maxPoints));
            }
        }
        Map<Long, Integer> finalOf = new HashMap<>();
        finals.forEach(f -> finalOf.put(f.studentPersonId, f.finalGrade));
        Map<Long, TermGrade> out = new LinkedHashMap<>();
        for (Student s : students) {
            GradingPolicy.Result r = policy.compute(formative.getOrDefault(s.personId(), List.of()),
                    sections.getOrDefault(s.personId(), List.of()), terms.getOrDefault(s.personId(), List.of()));
            Integer rec = r.grade().orElse(null);
            Integer fin = finalOf.get(s.personId());
            out.put(s.personId(), new TermGrade(s.personId(), r.percent().orElse(null), rec, fin, fin != null && rec != null && !fin.equals(rec)));
        }
        return out;
    }

    private record LessonCtx(LessonEntity l, AssignmentEntity a, ClassEntity c) {
    }

    /** The lesson, if the current user may write its marks: 404 when they may not even read it, 403 when they only read it. */
    private LessonCtx writableLesson(EntityManager em, long lessonId) {
        LessonEntity l = em.find(LessonEntity.class, lessonId);
        AssignmentEntity a = l == null ? null : em.find(AssignmentEntity.class, l.assignmentId);
        ClassEntity c = a == null ? null : em.find(ClassEntity.class, a.classId);
        if (l == null) {
            throw EduException.notFound("lesson", lessonId);
        }
        if (!access.mayKeepLesson(a, l)) {
            if (access.mayReadJournal(a, c) || substitutesIn(em, a.id)) {
                throw EduException.forbidden();
            }
            throw EduException.notFound("lesson", lessonId);
        }
        return new LessonCtx(l, a, c);
    }

    private void checkStudentInClass(EntityManager em, LessonCtx x, long studentPersonId) {
        long n = em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.classId = :c AND e.studentPersonId = :p"
                + " AND e.fromDate <= :d AND (e.toDate IS NULL OR e.toDate >= :d)", Long.class).setParameter("c", x.c.id)
                .setParameter("p", studentPersonId).setParameter("d", x.l.date).getSingleResult();
        if (n == 0) {
            throw EduException.invalid("studentPersonId", "school.validation.student_not_in_class", x.c.grade + x.c.letter);
        }
        if (x.a.groupId != null && !Groups.membersOf(em, x.a.groupId).contains(studentPersonId)) {
            throw EduException.invalid("studentPersonId", "school.validation.student_not_in_group",
                    em.find(ClassGroupEntity.class, x.a.groupId).name);
        }
    }

    private void checkNotFuture(LessonCtx x) {
        if (x.l.date.isAfter(LocalDate.now(clock))) {
            throw EduException.invalid("lessonId", "school.validation.lesson_in_future", x.l.date);
        }
    }

    @Override
    public Mark setMark(long lessonId, long studentPersonId, BigDecimal value, String comment) {
        new Validation().required("value", value).maxLength("comment", comment, 500).throwIfAny();
        long me = access.me().accountId();
        SetResult result = jpa.tx(em -> {
            LessonCtx x = writableLesson(em, lessonId);
            AssessmentKind kind = AssessmentKind.valueOf(x.l.assessment);
            if (kind == AssessmentKind.FORMATIVE) {
                boolean ok = value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0
                        && value.compareTo(BigDecimal.TEN) <= 0;
                if (!ok) {
                    throw EduException.invalid("value", "school.validation.formative_range");
                }
            } else {
                boolean ok = value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(x.l.maxPoints)) <= 0
                        && value.stripTrailingZeros().scale() <= 1;
                if (!ok) {
                    throw EduException.invalid("value", "school.validation.points_range", x.l.maxPoints);
                }
            }
            checkNotFuture(x);
            checkStudentInClass(em, x, studentPersonId);
            MarkEntity m = em.createQuery("SELECT m FROM MarkEntity m WHERE m.lessonId = :l AND m.studentPersonId = :p", MarkEntity.class)
                    .setParameter("l", lessonId).setParameter("p", studentPersonId).getResultList().stream().findFirst().orElse(null);
            BigDecimal old = m == null ? null : m.value;
            Instant now = clock.instant();
            if (m == null) {
                m = new MarkEntity();
                m.organisationId = x.a.organisationId;
                m.lessonId = lessonId;
                m.assignmentId = x.a.id;
                m.studentPersonId = studentPersonId;
                em.persist(m);
            } else if (m.value.compareTo(value) == 0 && java.util.Objects.equals(m.comment, StructureServiceImpl.blankToNull(comment))) {
                return new SetResult(m, m.value, false, x, m.comment);
            }
            String oldComment = m.comment;
            m.value = value;
            m.comment = StructureServiceImpl.blankToNull(comment);
            m.updatedAt = now;
            m.updatedBy = me;
            if (old == null || old.compareTo(value) != 0) {
                history(em, x, studentPersonId, old, value, old == null ? "create" : "update", me, now);
            }
            em.flush();
            return new SetResult(m, old, true, x, oldComment);
        });
        MarkEntity m = result.mark();
        LessonCtx x = result.lesson();
        if (result.changed() && result.old() != null && result.old().compareTo(m.value) == 0) {
            // only the comment changed: no new mark for the history or the parents
            audit.record("school.mark.comment", "mark", m.id, m.organisationId, result.oldComment(), m.comment);
        } else if (result.changed()) {
            audit.record("school.mark.set", "mark", m.id, m.organisationId, result.old(), m.value);
            notifyParents(studentPersonId, "school.mark", "school.notify.mark.title", "school.notify.mark.body", x,
                    m.value.stripTrailingZeros().toPlainString());
        }
        return new Mark(m.lessonId, m.studentPersonId, m.value, m.comment, m.updatedAt, m.updatedBy);
    }

    private record SetResult(MarkEntity mark, BigDecimal old, boolean changed, LessonCtx lesson, String oldComment) {
    }

    private static void history(EntityManager em, LessonCtx x, long student, BigDecimal old, BigDecimal now, String action, long by,
            Instant at) {
        MarkHistoryEntity h = new MarkHistoryEntity();
        h.organisationId = x.a.organisationId;
        h.lessonId = x.l.id;
        h.assignmentId = x.a.id;
        h.studentPersonId = student;
        h.oldValue = old;
        h.newValue = now;
        h.action = action;
        h.changedBy = by;
        h.changedAt = at;
        em.persist(h);
    }

    @Override
    public void deleteMark(long lessonId, long studentPersonId) {
        long me = access.me().accountId();
        MarkEntity deleted = jpa.tx(em -> {
            LessonCtx x = writableLesson(em, lessonId);
            MarkEntity m = em.createQuery("SELECT m FROM MarkEntity m WHERE m.lessonId = :l AND m.studentPersonId = :p", MarkEntity.class)
                    .setParameter("l", lessonId).setParameter("p", studentPersonId).getResultList().stream().findFirst()
                    .orElseThrow(() -> EduException.notFound("mark", lessonId + "/" + studentPersonId));
            history(em, x, studentPersonId, m.value, null, "delete", me, clock.instant());
            em.remove(m);
            return m;
        });
        audit.record("school.mark.delete", "mark", deleted.id, deleted.organisationId, deleted.value, null);
    }

    @Override
    public void setAttendance(long lessonId, long studentPersonId, AttendanceStatus status) {
        long me = access.me().accountId();
        Object[] r = jpa.tx(em -> {
            LessonCtx x = writableLesson(em, lessonId);
            checkNotFuture(x);
            checkStudentInClass(em, x, studentPersonId);
            AttendanceEntity a = em.createQuery("SELECT a FROM AttendanceEntity a WHERE a.lessonId = :l AND a.studentPersonId = :p",
                    AttendanceEntity.class).setParameter("l", lessonId).setParameter("p", studentPersonId).getResultList().stream()
                    .findFirst().orElse(null);
            String old = a == null ? null : a.status;
            if (status == null) {
                if (a != null) {
                    em.remove(a);
                }
            } else {
                if (a == null) {
                    a = new AttendanceEntity();
                    a.organisationId = x.a.organisationId;
                    a.lessonId = lessonId;
                    a.studentPersonId = studentPersonId;
                    em.persist(a);
                }
                a.status = status.name();
                a.updatedAt = clock.instant();
                a.updatedBy = me;
            }
            return new Object[] {old, x};
        });
        String old = (String) r[0];
        LessonCtx x = (LessonCtx) r[1];
        String now = status == null ? null : status.name();
        if (!java.util.Objects.equals(old, now)) {
            audit.record("school.attendance.set", "attendance", lessonId + "/" + studentPersonId, x.a.organisationId, old, now);
            if (status == AttendanceStatus.ABSENT || status == AttendanceStatus.LATE) {
                notifyParents(studentPersonId, "school.attendance", "school.notify.absence.title",
                        status == AttendanceStatus.ABSENT ? "school.notify.absence.body" : "school.notify.late.body", x, "");
            }
        }
    }

    /**
     * Tells the student's parents in the background; who is told is decided now, when the mark or absence is entered:
     * a parent who has switched the category off at this moment is never told of it, however late the sending runs.
     */
    private void notifyParents(long studentPersonId, String category, String titleKey, String bodyKey, LessonCtx x, String value) {
        List<Long> parents;
        try {
            parents = persons.parentAccountsOf(studentPersonId).stream().filter(p -> !notifications.isMuted(p, category)).toList();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(JournalServiceImpl.class).warn("Finding the parents of {} to notify failed", studentPersonId, e);
            return;
        }
        if (parents.isEmpty()) {
            return;
        }
        notifier.execute(() -> {
            try {
                sendToParents(parents, studentPersonId, category, titleKey, bodyKey, x, value);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(JournalServiceImpl.class).warn("Notifying the parents of {} failed", studentPersonId, e);
            }
        });
    }

    private void sendToParents(List<Long> parents, long studentPersonId, String category, String titleKey, String bodyKey, LessonCtx x,
            String value) {
        String student = persons.persons(List.of(studentPersonId)).values().stream().map(Person::fullName).findFirst().orElse("");
        SubjectEntity s = jpa.read(em -> em.find(SubjectEntity.class, x.a.subjectId));
        String subject = s.nameKk != null ? s.nameKk : s.nameRu;
        for (long parent : parents) {
            notifications.send(new Notification(parent, category, titleKey, bodyKey,
                    List.of(student, subject, x.l.date.toString(), x.l.period, value), Map.of("diary", "diary")));
        }
    }

    @Override
    public Lesson updateLesson(long lessonId, String topic, String homework, AssessmentKind assessment, Integer maxPoints) {
        AssessmentKind kind = assessment == null ? AssessmentKind.FORMATIVE : assessment;
        Validation v = new Validation().maxLength("topic", topic, 500).maxLength("homework", homework, 2000);
        if (kind != AssessmentKind.FORMATIVE) {
            v.required("maxPoints", maxPoints);
            v.check(maxPoints == null || (maxPoints >= 1 && maxPoints <= 100), "maxPoints", "school.validation.max_points");
        }
        v.throwIfAny();
        Object[] r = jpa.tx(em -> {
            LessonCtx x = writableLesson(em, lessonId);
            Lesson before = Mapping.lesson(x.l, x.a);
            boolean kindChanges = !x.l.assessment.equals(kind.name()) || (kind != AssessmentKind.FORMATIVE && !maxPoints.equals(x.l.maxPoints));
            if (kindChanges) {
                long marks = em.createQuery("SELECT COUNT(m) FROM MarkEntity m WHERE m.lessonId = :l", Long.class)
                        .setParameter("l", lessonId).getSingleResult();
                if (marks > 0) {
                    throw EduException.invalid("assessment", "school.validation.lesson_has_marks");
                }
            }
            if (kind == AssessmentKind.TERM_SUMMATIVE && !x.l.assessment.equals(kind.name())) {
                long sameDay = em.createQuery("SELECT COUNT(l) FROM LessonEntity l WHERE l.classId = :c AND l.date = :d"
                        + " AND l.assessment = :k AND l.id <> :id", Long.class).setParameter("c", x.l.classId).setParameter("d", x.l.date)
                        .setParameter("k", AssessmentKind.TERM_SUMMATIVE.name()).setParameter("id", lessonId).getSingleResult();
                if (sameDay >= MAX_TERM_SUMMATIVES_PER_DAY) {
                    throw EduException.invalid("assessment", "school.validation.too_many_term_summatives", MAX_TERM_SUMMATIVES_PER_DAY,
                            x.c.grade + x.c.letter, x.l.date);
                }
            }
            x.l.topic = StructureServiceImpl.blankToNull(topic);
            x.l.homework = StructureServiceImpl.blankToNull(homework);
            x.l.assessment = kind.name();
            x.l.maxPoints = kind == AssessmentKind.FORMATIVE ? null : maxPoints;
            em.flush();
            return new Object[] {before, Mapping.lesson(x.l, x.a)};
        });
        Lesson after = (Lesson) r[1];
        audit.record("school.lesson.update", "lesson", lessonId, null, r[0], after);
        return after;
    }

    @Override
    public TermGrade setTermGrade(long assignmentId, long termId, long studentPersonId, int grade) {
        if (grade < 2 || grade > 5) {
            throw EduException.invalid("grade", "school.validation.term_grade");
        }
        long me = access.me().accountId();
        TermGrade[] out = new TermGrade[1];
        Integer[] old = new Integer[1];
        long org = jpa.tx(em -> {
            Ctx x = readable(em, assignmentId);
            if (!access.mayKeepJournal(x.a)) {
                throw EduException.forbidden();
            }
            TermEntity t = term(em, x.c, termId);
            List<Student> students = structure.roster(em, x.a, t.startDate, t.endDate);
            if (students.stream().noneMatch(s -> s.personId() == studentPersonId)) {
                throw EduException.invalid("studentPersonId", "school.validation.student_not_in_class", x.c.grade + x.c.letter);
            }
            List<MarkEntity> marks = em.createQuery("SELECT m FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id"
                    + " AND l.assignmentId = :a AND l.date >= :f AND l.date <= :t AND m.studentPersonId = :p", MarkEntity.class)
                    .setParameter("a", assignmentId).setParameter("f", t.startDate).setParameter("t", t.endDate)
                    .setParameter("p", studentPersonId).getResultList();
            Map<Long, LessonEntity> lessons = new HashMap<>();
            em.createQuery("SELECT l FROM LessonEntity l WHERE l.assignmentId = :a AND l.date >= :f AND l.date <= :t", LessonEntity.class)
                    .setParameter("a", assignmentId).setParameter("f", t.startDate).setParameter("t", t.endDate).getResultList()
                    .forEach(l -> lessons.put(l.id, l));
            TermGrade computed = grades(policy(em, x.a.organisationId), List.of(new Student(studentPersonId, "", x.c.id)), marks, lessons,
                    List.of()).get(studentPersonId);
            TermGradeEntity g = em.createQuery("SELECT g FROM TermGradeEntity g WHERE g.assignmentId = :a AND g.termId = :t"
                    + " AND g.studentPersonId = :p", TermGradeEntity.class).setParameter("a", assignmentId).setParameter("t", termId)
                    .setParameter("p", studentPersonId).getResultList().stream().findFirst().orElse(null);
            if (g == null) {
                g = new TermGradeEntity();
                g.organisationId = x.a.organisationId;
                g.assignmentId = assignmentId;
                g.termId = termId;
                g.studentPersonId = studentPersonId;
                em.persist(g);
            } else {
                old[0] = g.finalGrade;
            }
            g.finalGrade = grade;
            g.recommended = computed.recommended();
            g.setBy = me;
            g.setAt = clock.instant();
            out[0] = new TermGrade(studentPersonId, computed.percent(), computed.recommended(), grade,
                    computed.recommended() != null && computed.recommended() != grade);
            return x.a.organisationId;
        });
        audit.record("school.term_grade.set", "term_grade", assignmentId + "/" + termId + "/" + studentPersonId, org, old[0], out[0]);
        return out[0];
    }

    @Override
    public List<YearGrade> yearGrades(long assignmentId) {
        Object[] ctx = jpa.read(em -> {
            Ctx x = readable(em, assignmentId);
            List<TermEntity> terms = em.createQuery("SELECT t FROM TermEntity t WHERE t.yearId = :y ORDER BY t.number", TermEntity.class)
                    .setParameter("y", x.c.yearId).getResultList();
            Map<Long, Integer> finals = new HashMap<>();
            em.createQuery("SELECT g FROM YearGradeEntity g WHERE g.assignmentId = :a", kz.digitaledu.school.core.internal.persistence.YearGradeEntity.class)
                    .setParameter("a", assignmentId).getResultList().forEach(g -> finals.put(g.studentPersonId, g.finalGrade));
            return new Object[] {terms, finals};
        });
        @SuppressWarnings("unchecked")
        List<TermEntity> terms = (List<TermEntity>) ctx[0];
        @SuppressWarnings("unchecked")
        Map<Long, Integer> finals = (Map<Long, Integer>) ctx[1];
        // each term's page computes its grades with the school's policy; students in the order of the latest term
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        List<Map<Long, TermGrade>> perTerm = new ArrayList<>();
        for (int i = terms.size() - 1; i >= 0; i--) {
            JournalPage page = journal(assignmentId, terms.get(i).id);
            page.students().forEach(st -> names.putIfAbsent(st.personId(), st.fullName()));
            perTerm.add(0, page.termGrades());
        }
        List<YearGrade> out = new ArrayList<>();
        for (Map.Entry<Long, String> st : names.entrySet()) {
            List<Integer> grades = new ArrayList<>();
            for (Map<Long, TermGrade> t : perTerm) {
                TermGrade g = t.get(st.getKey());
                grades.add(g == null ? null : g.finalGrade() != null ? g.finalGrade() : g.recommended());
            }
            List<Integer> given = grades.stream().filter(java.util.Objects::nonNull).toList();
            out.add(new YearGrade(st.getKey(), st.getValue(), grades, kz.digitaledu.school.api.GradingPolicy.yearGrade(given).orElse(null),
                    finals.get(st.getKey()), given.size() == terms.size()));
        }
        return out;
    }

    @Override
    public YearGrade setYearGrade(long assignmentId, long studentPersonId, int grade) {
        if (grade < 2 || grade > 5) {
            throw EduException.invalid("grade", "school.validation.term_grade");
        }
        long me = access.me().accountId();
        Integer[] old = new Integer[1];
        long org = jpa.tx(em -> {
            Ctx x = readable(em, assignmentId);
            if (!access.mayKeepJournal(x.a)) {
                throw EduException.forbidden();
            }
            YearEntity y = em.find(YearEntity.class, x.c.yearId);
            if (structure.roster(em, x.a, y.startDate, y.endDate).stream().noneMatch(st -> st.personId() == studentPersonId)) {
                throw EduException.invalid("studentPersonId", "school.validation.student_not_in_class", x.c.grade + x.c.letter);
            }
            kz.digitaledu.school.core.internal.persistence.YearGradeEntity g = em.createQuery(
                    "SELECT g FROM YearGradeEntity g WHERE g.assignmentId = :a AND g.studentPersonId = :p",
                    kz.digitaledu.school.core.internal.persistence.YearGradeEntity.class)
                    .setParameter("a", assignmentId).setParameter("p", studentPersonId).getResultList().stream().findFirst().orElse(null);
            if (g == null) {
                g = new kz.digitaledu.school.core.internal.persistence.YearGradeEntity();
                g.organisationId = x.a.organisationId;
                g.assignmentId = assignmentId;
                g.studentPersonId = studentPersonId;
                em.persist(g);
            } else {
                old[0] = g.finalGrade;
            }
            g.finalGrade = grade;
            g.setBy = me;
            g.setAt = clock.instant();
            return x.a.organisationId;
        });
        YearGrade after = yearGrades(assignmentId).stream().filter(g -> g.studentPersonId() == studentPersonId).findFirst().orElseThrow();
        audit.record("school.year_grade.set", "year_grade", assignmentId + "/" + studentPersonId, org, old[0], after);
        return after;
    }

    @Override
    public List<MarkChange> history(long assignmentId, Long studentPersonId) {
        List<MarkHistoryEntity> rows = jpa.read(em -> {
            readable(em, assignmentId);
            javax.persistence.TypedQuery<MarkHistoryEntity> q = em.createQuery("SELECT h FROM MarkHistoryEntity h WHERE h.assignmentId = :a"
                    + (studentPersonId != null ? " AND h.studentPersonId = :p" : "") + " ORDER BY h.changedAt DESC, h.id DESC",
                    MarkHistoryEntity.class).setParameter("a", assignmentId);
            if (studentPersonId != null) {
                q.setParameter("p", studentPersonId);
            }
            return q.setMaxResults(5000).getResultList();
        });
        Set<Long> students = new HashSet<>();
        Set<Long> accounts = new HashSet<>();
        Set<Long> lessonIds = new HashSet<>();
        rows.forEach(h -> {
            students.add(h.studentPersonId);
            accounts.add(h.changedBy);
            lessonIds.add(h.lessonId);
        });
        Map<Long, Person> studentNames = persons.persons(students);
        Map<Long, Person> changers = persons.personsOfAccounts(accounts);
        Map<Long, LocalDate> dates = new HashMap<>();
        if (!lessonIds.isEmpty()) {
            jpa.read(em -> em.createQuery("SELECT l.id, l.date FROM LessonEntity l WHERE l.id IN :ids", Object[].class)
                    .setParameter("ids", lessonIds).getResultList()).forEach(r -> dates.put((Long) r[0], (LocalDate) r[1]));
        }
        return rows.stream().map(h -> new MarkChange(h.lessonId, h.studentPersonId,
                studentNames.containsKey(h.studentPersonId) ? studentNames.get(h.studentPersonId).fullName() : "", dates.get(h.lessonId),
                h.oldValue, h.newValue, h.action, changers.containsKey(h.changedBy) ? changers.get(h.changedBy).fullName() : "",
                h.changedAt)).toList();
    }

    static GradingPolicy policy(EntityManager em, long schoolId) {
        GradingPolicyEntity e = em.find(GradingPolicyEntity.class, schoolId);
        return e == null ? GradingPolicy.defaults() : e.toApi();
    }

    @Override
    public GradingPolicy gradingPolicy(long schoolId) {
        if (!access.mayReadStructure(schoolId) && !access.permitted(SchoolPermissions.JOURNAL_KEEP, schoolId)) {
            throw EduException.notFound("school", schoolId);
        }
        return jpa.read(em -> policy(em, schoolId));
    }

    @Override
    public GradingPolicy setGradingPolicy(long schoolId, GradingPolicy p) {
        if (p == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation();
        for (String problem : p.problems()) {
            v.check(false, problem, "school.validation.policy_" + problem);
        }
        v.throwIfAny();
        access.check(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
        GradingPolicy before = jpa.tx(em -> {
            GradingPolicyEntity e = em.find(GradingPolicyEntity.class, schoolId);
            GradingPolicy old = e == null ? GradingPolicy.defaults() : e.toApi();
            if (e == null) {
                e = new GradingPolicyEntity();
                e.organisationId = schoolId;
                em.persist(e);
            }
            e.formativeWeight = p.formativeWeight();
            e.sectionWeight = p.sectionWeight();
            e.termWeight = p.termWeight();
            e.threshold5 = p.threshold5();
            e.threshold4 = p.threshold4();
            e.threshold3 = p.threshold3();
            return old;
        });
        audit.record("school.grading_policy.set", "grading_policy", schoolId, schoolId, before, p);
        return p;
    }

    /** The year's term that contains a date, for callers that know only a date. */
    static SchoolYear.Term termOn(EntityManager em, long yearId, LocalDate d) {
        return em.createQuery("SELECT t FROM TermEntity t WHERE t.yearId = :y AND t.startDate <= :d AND t.endDate >= :d", TermEntity.class)
                .setParameter("y", yearId).setParameter("d", d).getResultList().stream().findFirst().map(Mapping::term).orElse(null);
    }

    static YearEntity yearOf(EntityManager em, ClassEntity c) {
        return em.find(YearEntity.class, c.yearId);
    }
}
