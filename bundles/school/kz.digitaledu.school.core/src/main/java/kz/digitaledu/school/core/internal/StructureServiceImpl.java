package kz.digitaledu.school.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.ClassGroup;
import kz.digitaledu.school.api.Enrolment;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.Subject;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.ClassGroupEntity;
import kz.digitaledu.school.core.internal.persistence.GroupMemberEntity;
import kz.digitaledu.school.core.internal.persistence.EnrolmentEntity;
import kz.digitaledu.school.core.internal.persistence.HolidayEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.SlotEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.TermEntity;
import kz.digitaledu.school.core.internal.persistence.YearEntity;

/** {@link SchoolStructureService} on the school's persistence unit; wired by {@link SchoolComponents}. */
class StructureServiceImpl implements SchoolStructureService {
    private static final Pattern LETTER = Pattern.compile("\\p{L}{1,4}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    /** The leave reason stored for a transfer to another class (reports translate it). */
    static final String TRANSFER = "transfer";

    private final Jpa jpa;
    private final SchoolAccess access;
    private final PersonDirectory persons;
    private final AuditService audit;

    private final java.time.Clock clock;

    StructureServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit) {
        this(jpa, access, persons, audit, java.time.Clock.systemDefaultZone());
    }

    StructureServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, AuditService audit, java.time.Clock clock) {
        this.clock = clock;
        this.jpa = jpa;
        this.access = access;
        this.persons = persons;
        this.audit = audit;
    }

    // ---- years and terms -------------------------------------------------------------------

    @Override
    public SchoolYear createYear(NewYear y) {
        if (y == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation().required("schoolId", y.schoolId()).required("name", y.name()).maxLength("name", y.name(), 40)
                .required("startDate", y.startDate()).required("endDate", y.endDate()).required("terms", y.terms());
        if (y.startDate() != null && y.endDate() != null) {
            v.check(y.startDate().isBefore(y.endDate()), "endDate", "school.validation.end_before_start");
        }
        List<NewTerm> terms = y.terms() == null ? List.of() : y.terms();
        v.check(terms.size() >= 2 && terms.size() <= 4, "terms", "school.validation.terms_count");
        LocalDate previousEnd = null;
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            NewTerm t = terms.get(i);
            String f = "terms[" + i + "]";
            if (t == null || t.startDate() == null || t.endDate() == null) {
                v.check(false, f, "validation.required");
                continue;
            }
            v.check(numbers.add(t.number()) && t.number() == i + 1, f + ".number", "school.validation.term_number", i + 1);
            v.check(!t.endDate().isBefore(t.startDate()), f + ".endDate", "school.validation.end_before_start");
            if (y.startDate() != null && y.endDate() != null) {
                v.check(!t.startDate().isBefore(y.startDate()) && !t.endDate().isAfter(y.endDate()), f, "school.validation.term_outside_year");
            }
            v.check(previousEnd == null || t.startDate().isAfter(previousEnd), f + ".startDate", "school.validation.terms_overlap");
            previousEnd = t.endDate();
        }
        List<LocalDate> holidays = y.holidays() == null ? List.of() : y.holidays();
        for (int i = 0; i < holidays.size(); i++) {
            LocalDate h = holidays.get(i);
            v.check(h != null && y.startDate() != null && y.endDate() != null && !h.isBefore(y.startDate()) && !h.isAfter(y.endDate()),
                    "holidays[" + i + "]", "school.validation.date_outside_year");
        }
        v.throwIfAny();
        access.check(SchoolPermissions.STRUCTURE_MANAGE, y.schoolId());
        SchoolYear created = jpa.tx(em -> {
            boolean taken = !em.createQuery("SELECT y.id FROM YearEntity y WHERE y.organisationId = :o AND y.name = :n", Long.class)
                    .setParameter("o", y.schoolId()).setParameter("n", y.name().strip()).getResultList().isEmpty();
            if (taken) {
                throw EduException.invalid("name", "school.validation.year_taken", y.name().strip());
            }
            YearEntity e = new YearEntity();
            e.organisationId = y.schoolId();
            e.name = y.name().strip();
            e.startDate = y.startDate();
            e.endDate = y.endDate();
            em.persist(e);
            em.flush();
            for (NewTerm t : terms) {
                TermEntity te = new TermEntity();
                te.yearId = e.id;
                te.organisationId = e.organisationId;
                te.number = t.number();
                te.startDate = t.startDate();
                te.endDate = t.endDate();
                em.persist(te);
            }
            for (LocalDate h : new java.util.TreeSet<>(holidays)) {
                HolidayEntity he = new HolidayEntity();
                he.yearId = e.id;
                he.holiday = h;
                em.persist(he);
            }
            em.flush();
            return loadYear(em, e);
        });
        audit.record("school.year.create", "school_year", created.id(), created.organisationId(), null, created);
        return created;
    }

    static SchoolYear loadYear(EntityManager em, YearEntity y) {
        List<TermEntity> terms = em.createQuery("SELECT t FROM TermEntity t WHERE t.yearId = :y", TermEntity.class)
                .setParameter("y", y.id).getResultList();
        List<LocalDate> holidays = em.createQuery("SELECT h.holiday FROM HolidayEntity h WHERE h.yearId = :y ORDER BY h.holiday",
                LocalDate.class).setParameter("y", y.id).getResultList();
        return Mapping.year(y, terms, holidays);
    }

    @Override
    public List<SchoolYear> years(long schoolId) {
        if (!access.mayReadStructure(schoolId)) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery("SELECT y FROM YearEntity y WHERE y.organisationId = :o ORDER BY y.startDate DESC",
                YearEntity.class).setParameter("o", schoolId).getResultList().stream().map(y -> loadYear(em, y)).toList());
    }

    @Override
    public Optional<SchoolYear> yearOn(long schoolId, LocalDate date) {
        return years(schoolId).stream().filter(y -> !date.isBefore(y.startDate()) && !date.isAfter(y.endDate())).findFirst();
    }

    // ---- classes, subjects, assignments ------------------------------------------------------

    @Override
    public SchoolClass createClass(NewClass c) {
        if (c == null) {
            throw EduException.invalid("body", "validation.required");
        }
        String letter = c.letter() == null ? null : c.letter().strip().toUpperCase(java.util.Locale.ROOT);
        Validation v = new Validation().required("schoolId", c.schoolId()).required("yearId", c.yearId()).required("grade", c.grade())
                .required("letter", letter).required("language", c.language()).maxLength("profile", c.profile(), 100);
        v.check(c.grade() == null || (c.grade() >= 0 && c.grade() <= 12), "grade", "school.validation.grade");
        v.check(letter == null || LETTER.matcher(letter).matches(), "letter", "school.validation.letter");
        v.check(c.language() == null || LANGUAGES.contains(c.language()), "language", "validation.language");
        v.check(c.shift() == null || c.shift() == 1 || c.shift() == 2, "shift", "school.validation.shift");
        v.throwIfAny();
        access.check(SchoolPermissions.STRUCTURE_MANAGE, c.schoolId());
        if (c.classTeacherAccountId() != null) {
            checkStaff("classTeacherAccountId", c.classTeacherAccountId(), c.schoolId());
        }
        SchoolClass created = jpa.tx(em -> {
            YearEntity year = em.find(YearEntity.class, c.yearId());
            if (year == null || year.organisationId != c.schoolId()) {
                throw EduException.invalid("yearId", "school.validation.year_unknown");
            }
            long same = em.createQuery("SELECT COUNT(c) FROM ClassEntity c WHERE c.yearId = :y AND c.grade = :g AND c.letter = :l", Long.class)
                    .setParameter("y", c.yearId()).setParameter("g", c.grade()).setParameter("l", letter).getSingleResult();
            if (same > 0) {
                throw EduException.invalid("letter", "school.validation.class_taken", c.grade() + letter);
            }
            ClassEntity e = new ClassEntity();
            e.organisationId = c.schoolId();
            e.yearId = c.yearId();
            e.grade = c.grade();
            e.letter = letter;
            e.language = c.language();
            e.shift = c.shift() == null ? 1 : c.shift();
            e.profile = blankToNull(c.profile());
            e.classTeacherAccountId = c.classTeacherAccountId();
            em.persist(e);
            em.flush();
            return Mapping.schoolClass(e);
        });
        audit.record("school.class.create", "school_class", created.id(), created.organisationId(), null, created);
        return created;
    }

    /** A teacher (class teacher, assignment) must be an account of staff in the school. */
    private void checkStaff(String field, long accountId, long schoolId) {
        Optional<Person> p = persons.personOfAccount(accountId);
        if (p.isEmpty() || p.get().organisationId() != schoolId) {
            throw EduException.invalid(field, "school.validation.teacher_unknown");
        }
    }

    @Override
    public List<SchoolClass> classes(long schoolId, long yearId) {
        if (!access.mayReadStructure(schoolId)) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery(
                "SELECT c FROM ClassEntity c WHERE c.organisationId = :o AND c.yearId = :y ORDER BY c.grade, c.letter", ClassEntity.class)
                .setParameter("o", schoolId).setParameter("y", yearId).getResultList().stream().map(Mapping::schoolClass).toList());
    }

    @Override
    public Optional<SchoolClass> findClass(long classId) {
        return jpa.read(em -> Optional.ofNullable(em.find(ClassEntity.class, classId)))
                .filter(c -> access.mayReadStructure(c.organisationId)).map(Mapping::schoolClass);
    }

    @Override
    public Subject createSubject(NewSubject s) {
        if (s == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation().required("schoolId", s.schoolId()).required("code", s.code())
                .maxLength("nameKk", s.nameKk(), 200).maxLength("nameRu", s.nameRu(), 200).maxLength("nameEn", s.nameEn(), 200);
        v.check(s.code() == null || CODE.matcher(s.code().strip()).matches(), "code", "validation.code");
        v.check(notBlank(s.nameKk()) || notBlank(s.nameRu()), "nameKk", "validation.name_kk_or_ru");
        v.throwIfAny();
        access.check(SchoolPermissions.STRUCTURE_MANAGE, s.schoolId());
        Subject created = jpa.tx(em -> {
            long same = em.createQuery("SELECT COUNT(s) FROM SubjectEntity s WHERE s.organisationId = :o AND s.code = :c", Long.class)
                    .setParameter("o", s.schoolId()).setParameter("c", s.code().strip()).getSingleResult();
            if (same > 0) {
                throw EduException.invalid("code", "school.validation.subject_taken", s.code().strip());
            }
            SubjectEntity e = new SubjectEntity();
            e.organisationId = s.schoolId();
            e.code = s.code().strip();
            e.nameKk = blankToNull(s.nameKk());
            e.nameRu = blankToNull(s.nameRu());
            e.nameEn = blankToNull(s.nameEn());
            em.persist(e);
            em.flush();
            return Mapping.subject(e);
        });
        audit.record("school.subject.create", "school_subject", created.id(), created.organisationId(), null, created);
        return created;
    }

    @Override
    public List<Subject> subjects(long schoolId) {
        if (!access.mayReadStructure(schoolId)) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery("SELECT s FROM SubjectEntity s WHERE s.organisationId = :o ORDER BY s.code", SubjectEntity.class)
                .setParameter("o", schoolId).getResultList().stream().map(Mapping::subject).toList());
    }

    @Override
    public Assignment createAssignment(NewAssignment a) {
        if (a == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation().required("classId", a.classId()).required("subjectId", a.subjectId())
                .required("teacherAccountId", a.teacherAccountId()).required("hoursPerWeek", a.hoursPerWeek());
        v.check(a.hoursPerWeek() == null || (a.hoursPerWeek() >= 1 && a.hoursPerWeek() <= 12), "hoursPerWeek", "school.validation.hours");
        v.throwIfAny();
        ClassEntity c = jpa.read(em -> em.find(ClassEntity.class, a.classId()));
        if (c == null || !access.mayReadStructure(c.organisationId)) {
            throw EduException.invalid("classId", "school.validation.class_unknown");
        }
        access.check(SchoolPermissions.STRUCTURE_MANAGE, c.organisationId);
        checkStaff("teacherAccountId", a.teacherAccountId(), c.organisationId);
        Assignment created = jpa.tx(em -> {
            SubjectEntity s = em.find(SubjectEntity.class, a.subjectId());
            if (s == null || s.organisationId != c.organisationId) {
                throw EduException.invalid("subjectId", "school.validation.subject_unknown");
            }
            if (a.groupId() != null) {
                ClassGroupEntity g = em.find(ClassGroupEntity.class, a.groupId());
                if (g == null || g.classId != c.id) {
                    throw EduException.invalid("groupId", "school.validation.group_unknown", c.grade + c.letter);
                }
            }
            AssignmentEntity e = new AssignmentEntity();
            e.organisationId = c.organisationId;
            e.classId = c.id;
            e.subjectId = s.id;
            e.teacherAccountId = a.teacherAccountId();
            e.hoursPerWeek = a.hoursPerWeek();
            e.groupId = a.groupId();
            em.persist(e);
            em.flush();
            return Mapping.assignment(e);
        });
        audit.record("school.assignment.create", "school_assignment", created.id(), created.organisationId(), null, created);
        return created;
    }

    @Override
    public Assignment updateAssignment(long assignmentId, AssignmentChange change) {
        if (change == null) {
            throw EduException.invalid("body", "validation.required");
        }
        AssignmentEntity found = manageableAssignment(assignmentId);
        Validation v = new Validation().required("teacherAccountId", change.teacherAccountId()).required("hoursPerWeek", change.hoursPerWeek());
        v.check(change.hoursPerWeek() == null || (change.hoursPerWeek() >= 1 && change.hoursPerWeek() <= 12), "hoursPerWeek",
                "school.validation.hours");
        v.throwIfAny();
        checkStaff("teacherAccountId", change.teacherAccountId(), found.organisationId);
        Assignment[] beforeAfter = jpa.tx(em -> {
            AssignmentEntity e = em.find(AssignmentEntity.class, assignmentId);
            Assignment before = Mapping.assignment(e);
            e.teacherAccountId = change.teacherAccountId();
            e.hoursPerWeek = change.hoursPerWeek();
            em.flush();
            return new Assignment[] {before, Mapping.assignment(e)};
        });
        if (!beforeAfter[0].equals(beforeAfter[1])) {
            audit.record("school.assignment.update", "school_assignment", assignmentId, found.organisationId, beforeAfter[0], beforeAfter[1]);
        }
        return beforeAfter[1];
    }

    @Override
    public void deleteAssignment(long assignmentId) {
        AssignmentEntity found = manageableAssignment(assignmentId);
        Assignment before = jpa.tx(em -> {
            for (String entity : List.of("LessonEntity", "PlanTopicEntity", "TermGradeEntity", "YearGradeEntity")) {
                long n = em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.assignmentId = :a", Long.class)
                        .setParameter("a", assignmentId).getSingleResult();
                if (n > 0) {
                    throw EduException.conflict("school.assignment.in_use");
                }
            }
            AssignmentEntity e = em.find(AssignmentEntity.class, assignmentId);
            Assignment was = Mapping.assignment(e);
            em.createQuery("DELETE FROM SlotEntity s WHERE s.assignmentId = :a").setParameter("a", assignmentId).executeUpdate();
            em.remove(e);
            return was;
        });
        audit.record("school.assignment.delete", "school_assignment", assignmentId, found.organisationId, before, null);
    }

    /** An assignment the current user may change: 404 when it is not there or not theirs to see, 403 without the right. */
    private AssignmentEntity manageableAssignment(long assignmentId) {
        AssignmentEntity a = jpa.read(em -> em.find(AssignmentEntity.class, assignmentId));
        if (a == null || !access.mayReadStructure(a.organisationId)) {
            throw EduException.notFound("assignment", assignmentId);
        }
        access.check(SchoolPermissions.STRUCTURE_MANAGE, a.organisationId);
        return a;
    }

    @Override
    public List<Assignment> assignments(long schoolId, Long teacherAccountId) {
        boolean all = access.mayReadStructure(schoolId);
        long me = access.me().accountId();
        if (!all && (teacherAccountId == null || teacherAccountId != me || !access.permitted(SchoolPermissions.JOURNAL_KEEP, schoolId))) {
            return List.of();
        }
        return jpa.read(em -> {
            var q = em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.organisationId = :o"
                    + (teacherAccountId != null ? " AND a.teacherAccountId = :t" : "") + " ORDER BY a.classId, a.subjectId", AssignmentEntity.class)
                    .setParameter("o", schoolId);
            if (teacherAccountId != null) {
                q.setParameter("t", teacherAccountId);
            }
            return q.getResultList();
        }).stream().map(Mapping::assignment).toList();
    }

    @Override
    public Optional<Assignment> findAssignment(long assignmentId) {
        return jpa.read(em -> Optional.ofNullable(em.find(AssignmentEntity.class, assignmentId)))
                .filter(a -> access.mayReadStructure(a.organisationId) || a.teacherAccountId == access.me().accountId())
                .map(Mapping::assignment);
    }

    // ---- sub-groups ---------------------------------------------------------------------------

    /** A group's name: letters, digits, spaces and - . ( ), 1 to 40 characters. */
    static final Pattern GROUP_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .()-]{0,39}");

    @Override
    public ClassGroup createGroup(long classId, NewGroup group) {
        if (group == null) {
            throw EduException.invalid("body", "validation.required");
        }
        String name = group.name() == null ? null : group.name().strip();
        new Validation().required("name", name == null || name.isEmpty() ? null : name)
                .check(name == null || name.isEmpty() || GROUP_NAME.matcher(name).matches(), "name", "school.validation.group_name")
                .throwIfAny();
        ClassEntity c = manageableClass(classId);
        List<Long> ids = group.studentPersonIds() == null ? List.of() : group.studentPersonIds();
        ClassGroup created = jpa.tx(em -> {
            checkMembers(em, c, ids);
            long taken = em.createQuery("SELECT COUNT(g) FROM ClassGroupEntity g WHERE g.classId = :c AND LOWER(g.name) = :n", Long.class)
                    .setParameter("c", c.id).setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).getSingleResult();
            if (taken > 0) {
                throw EduException.invalid("name", "school.validation.group_taken", name, c.grade + c.letter);
            }
            ClassGroupEntity g = new ClassGroupEntity();
            g.organisationId = c.organisationId;
            g.classId = c.id;
            g.name = name;
            em.persist(g);
            em.flush();
            putMembers(em, g.id, ids);
            return group(g, new java.util.TreeSet<>(ids));
        });
        audit.record("school.group.create", "school_group", created.id(), created.organisationId(), null, created);
        return created;
    }

    @Override
    public ClassGroup setGroupMembers(long groupId, List<Long> studentPersonIds) {
        ClassGroupEntity g = jpa.read(em -> em.find(ClassGroupEntity.class, groupId));
        if (g == null || !access.mayReadStructure(g.organisationId)) {
            throw EduException.notFound("group", groupId);
        }
        ClassEntity c = manageableClass(g.classId);
        List<Long> ids = studentPersonIds == null ? List.of() : studentPersonIds;
        ClassGroup[] before = {null};
        ClassGroup after = jpa.tx(em -> {
            checkMembers(em, c, ids);
            before[0] = group(g, Groups.membersOf(em, g.id));
            em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.groupId = :g").setParameter("g", g.id).executeUpdate();
            putMembers(em, g.id, ids);
            return group(g, new java.util.TreeSet<>(ids));
        });
        audit.record("school.group.members", "school_group", g.id, g.organisationId, before[0], after);
        return after;
    }

    @Override
    public List<ClassGroup> groups(long classId) {
        ClassEntity c = jpa.read(em -> em.find(ClassEntity.class, classId));
        if (c == null || !access.mayReadStructure(c.organisationId)) {
            return List.of();
        }
        return jpa.read(em -> {
            Groups members = Groups.ofClass(em, c.id);
            return em.createQuery("SELECT g FROM ClassGroupEntity g WHERE g.classId = :c ORDER BY g.name", ClassGroupEntity.class)
                    .setParameter("c", c.id).getResultList().stream().map(g -> group(g, members.members(g.id))).toList();
        });
    }

    @Override
    public void deleteGroup(long groupId) {
        ClassGroupEntity g = jpa.read(em -> em.find(ClassGroupEntity.class, groupId));
        if (g == null || !access.mayReadStructure(g.organisationId)) {
            throw EduException.notFound("group", groupId);
        }
        manageableClass(g.classId);
        ClassGroup before = jpa.tx(em -> {
            long used = em.createQuery("SELECT COUNT(a) FROM AssignmentEntity a WHERE a.groupId = :g", Long.class)
                    .setParameter("g", g.id).getSingleResult();
            if (used > 0) {
                throw EduException.conflict("school.group.in_use", g.name);
            }
            ClassGroup was = group(g, Groups.membersOf(em, g.id));
            em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.groupId = :g").setParameter("g", g.id).executeUpdate();
            em.remove(em.find(ClassGroupEntity.class, g.id));
            return was;
        });
        audit.record("school.group.delete", "school_group", g.id, g.organisationId, before, null);
    }

    private static ClassGroup group(ClassGroupEntity g, java.util.Collection<Long> members) {
        return new ClassGroup(g.id, g.organisationId, g.classId, g.name, members.stream().sorted().toList());
    }

    /** Every member must be enrolled in the class at some day of its year; each once. */
    private static void checkMembers(EntityManager em, ClassEntity c, List<Long> ids) {
        Validation v = new Validation();
        YearEntity y = em.find(YearEntity.class, c.yearId);
        Set<Long> enrolled = new HashSet<>(em.createQuery("SELECT e.studentPersonId FROM EnrolmentEntity e WHERE e.classId = :c"
                + " AND e.fromDate <= :to AND (e.toDate IS NULL OR e.toDate >= :from)", Long.class).setParameter("c", c.id)
                .setParameter("from", y.startDate).setParameter("to", y.endDate).getResultList());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String f = "studentPersonIds[" + i + "]";
            if (id == null) {
                v.check(false, f, "validation.required");
            } else if (!enrolled.contains(id)) {
                v.check(false, f, "school.validation.student_not_in_class_year", c.grade + c.letter);
            } else {
                v.check(seen.add(id), f, "school.validation.duplicate");
            }
        }
        v.throwIfAny();
    }

    private static void putMembers(EntityManager em, long groupId, List<Long> ids) {
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            GroupMemberEntity m = new GroupMemberEntity();
            m.groupId = groupId;
            m.studentPersonId = id;
            em.persist(m);
        }
    }

    // ---- contingent ---------------------------------------------------------------------------

    @Override
    public List<Enrolment> enrol(long classId, List<Long> studentPersonIds, LocalDate from, String order) {
        Validation v = new Validation().required("studentPersonIds", studentPersonIds == null || studentPersonIds.isEmpty() ? null : studentPersonIds)
                .required("from", from).maxLength("order", order, 60);
        v.throwIfAny();
        ClassEntity c = manageableClass(classId);
        Map<Long, Person> people = persons.persons(studentPersonIds);
        Validation rows = new Validation();
        for (int i = 0; i < studentPersonIds.size(); i++) {
            Person p = people.get(studentPersonIds.get(i));
            rows.check(p != null && p.organisationId() == c.organisationId, "studentPersonIds[" + i + "]", "validation.person_unknown");
        }
        rows.check(new HashSet<>(studentPersonIds).size() == studentPersonIds.size(), "studentPersonIds", "school.validation.duplicate");
        rows.throwIfAny();
        List<Enrolment> created = jpa.tx(em -> {
            checkInYear(em, c, from, "from");
            List<Long> already = em.createQuery("SELECT e.studentPersonId FROM EnrolmentEntity e WHERE e.organisationId = :o"
                    + " AND e.studentPersonId IN :p AND (e.toDate IS NULL OR e.toDate >= :d)", Long.class)
                    .setParameter("o", c.organisationId).setParameter("p", studentPersonIds).setParameter("d", from).getResultList();
            if (!already.isEmpty()) {
                throw EduException.invalid("studentPersonIds[" + studentPersonIds.indexOf(already.get(0)) + "]",
                        "school.validation.already_enrolled", people.get(already.get(0)).fullName());
            }
            List<EnrolmentEntity> out = new ArrayList<>();
            for (Long id : studentPersonIds) {
                EnrolmentEntity e = new EnrolmentEntity();
                e.organisationId = c.organisationId;
                e.classId = c.id;
                e.studentPersonId = id;
                e.fromDate = from;
                e.orderIn = blankToNull(order);
                em.persist(e);
                out.add(e);
            }
            em.flush();
            return out.stream().map(Mapping::enrolment).toList();
        });
        for (Enrolment e : created) {
            audit.record("school.student.enrol", "enrolment", e.id(), e.organisationId(), null, e);
        }
        return created;
    }

    @Override
    public Enrolment enrolNewStudent(long classId, NewStudent st) {
        if (st == null) {
            throw EduException.invalid("body", "validation.required");
        }
        new Validation().required("from", st.from()).maxLength("order", st.order(), 60).throwIfAny();
        ClassEntity c = manageableClass(classId);
        jpa.read(em -> {
            checkInYear(em, c, st.from(), "from");
            return null;
        });
        Person person;
        try {
            person = persons.createPersons(List.of(new PersonDirectory.NewPerson(c.organisationId, blankToNull(st.iin()), st.lastName(),
                    st.firstName(), blankToNull(st.middleName()), null, null, st.birthDate(), st.gender()))).get(0);
        } catch (EduException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            throw EduException.invalid(e.fieldErrors().stream().map(f -> new EduException.FieldError(
                    f.field().replaceFirst("^people\\[0]\\.", ""), f.messageKey(), f.args())).toList());
        }
        return enrol(c.id, List.of(person.id()), st.from(), st.order()).get(0);
    }

    private ClassEntity manageableClass(long classId) {
        ClassEntity c = jpa.read(em -> em.find(ClassEntity.class, classId));
        if (c == null || !access.mayReadStructure(c.organisationId)) {
            throw EduException.notFound("class", classId);
        }
        access.check(SchoolPermissions.STRUCTURE_MANAGE, c.organisationId);
        return c;
    }

    private static void checkInYear(EntityManager em, ClassEntity c, LocalDate d, String field) {
        YearEntity y = em.find(YearEntity.class, c.yearId);
        if (d.isBefore(y.startDate) || d.isAfter(y.endDate)) {
            throw EduException.invalid(field, "school.validation.date_outside_year");
        }
    }

    private EnrolmentEntity current(EntityManager em, long studentPersonId, LocalDate on) {
        return em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.studentPersonId = :p AND e.fromDate <= :d"
                + " AND (e.toDate IS NULL OR e.toDate >= :d)", EnrolmentEntity.class)
                .setParameter("p", studentPersonId).setParameter("d", on).getResultList().stream().findFirst().orElse(null);
    }

    @Override
    public Enrolment transfer(long studentPersonId, long toClassId, LocalDate from, String order) {
        new Validation().required("from", from).maxLength("order", order, 60).throwIfAny();
        ClassEntity to = manageableClass(toClassId);
        Enrolment[] beforeAfter = new Enrolment[2];
        jpa.tx(em -> {
            EnrolmentEntity now = current(em, studentPersonId, from);
            if (now == null || now.organisationId != to.organisationId) {
                throw EduException.invalid("studentPersonId", "school.validation.not_enrolled");
            }
            if (now.classId == to.id) {
                throw EduException.invalid("toClassId", "school.validation.same_class");
            }
            checkInYear(em, to, from, "from");
            beforeAfter[0] = Mapping.enrolment(now);
            if (!now.fromDate.isBefore(from)) {
                // enrolled in the wrong class that very day: the enrolment is corrected, no day in the old class is left
                now.classId = to.id;
                em.flush();
                beforeAfter[1] = Mapping.enrolment(now);
                return null;
            }
            now.toDate = from.minusDays(1);
            now.orderOut = blankToNull(order);
            now.leaveReason = TRANSFER;
            EnrolmentEntity e = new EnrolmentEntity();
            e.organisationId = to.organisationId;
            e.classId = to.id;
            e.studentPersonId = studentPersonId;
            e.fromDate = from;
            e.orderIn = blankToNull(order);
            em.persist(e);
            em.flush();
            beforeAfter[1] = Mapping.enrolment(e);
            return null;
        });
        audit.record("school.student.transfer", "enrolment", beforeAfter[1].id(), to.organisationId, beforeAfter[0], beforeAfter[1]);
        return beforeAfter[1];
    }

    @Override
    public Enrolment leave(long studentPersonId, LocalDate on, String order, String reason) {
        new Validation().required("on", on).required("reason", reason).maxLength("order", order, 60).maxLength("reason", reason, 200)
                .throwIfAny();
        Enrolment[] beforeAfter = new Enrolment[2];
        jpa.tx(em -> {
            EnrolmentEntity now = current(em, studentPersonId, on);
            if (now == null || !access.mayReadStructure(now.organisationId)) {
                throw EduException.invalid("studentPersonId", "school.validation.not_enrolled");
            }
            access.check(SchoolPermissions.STRUCTURE_MANAGE, now.organisationId);
            beforeAfter[0] = Mapping.enrolment(now);
            now.toDate = on;
            now.orderOut = blankToNull(order);
            now.leaveReason = reason.strip();
            em.flush();
            beforeAfter[1] = Mapping.enrolment(now);
            return null;
        });
        audit.record("school.student.leave", "enrolment", beforeAfter[1].id(), beforeAfter[1].organisationId(), beforeAfter[0], beforeAfter[1]);
        return beforeAfter[1];
    }

    @Override
    public List<Student> students(long classId, LocalDate on) {
        ClassEntity c = jpa.read(em -> em.find(ClassEntity.class, classId));
        if (c == null) {
            return List.of();
        }
        boolean teachesIt = jpa.read(em -> em.createQuery(
                "SELECT COUNT(a) FROM AssignmentEntity a WHERE a.classId = :c AND a.teacherAccountId = :t", Long.class)
                .setParameter("c", classId).setParameter("t", access.me().accountId()).getSingleResult()) > 0;
        boolean classTeacher = c.classTeacherAccountId != null && c.classTeacherAccountId == access.me().accountId();
        if (!access.mayReadStructure(c.organisationId) && !teachesIt && !classTeacher) {
            return List.of();
        }
        return classList(c.id, on, on);
    }

    /**
     * The students of an assignment's journal between two days: the class list, and for a sub-group's assignment only
     * its members and those who have a mark or attendance in its lessons of that time (left the group, kept in its journal).
     */
    List<Student> roster(EntityManager em, AssignmentEntity a, LocalDate from, LocalDate to) {
        return roster(em, a, from, to, classList(a.classId, from, to));
    }

    /** {@link #roster} from the class list of those days, when the caller has it already. */
    List<Student> roster(EntityManager em, AssignmentEntity a, LocalDate from, LocalDate to, List<Student> list) {
        if (a.groupId == null) {
            return list;
        }
        java.util.Set<Long> in = Groups.membersOf(em, a.groupId);
        in.addAll(em.createQuery("SELECT DISTINCT m.studentPersonId FROM MarkEntity m, LessonEntity l WHERE m.lessonId = l.id"
                + " AND l.assignmentId = :a AND l.date >= :f AND l.date <= :t", Long.class).setParameter("a", a.id)
                .setParameter("f", from).setParameter("t", to).getResultList());
        in.addAll(em.createQuery("SELECT DISTINCT m.studentPersonId FROM AttendanceEntity m, LessonEntity l WHERE m.lessonId = l.id"
                + " AND l.assignmentId = :a AND l.date >= :f AND l.date <= :t", Long.class).setParameter("a", a.id)
                .setParameter("f", from).setParameter("t", to).getResultList());
        return list.stream().filter(st -> in.contains(st.personId())).toList();
    }

    /** Everyone enrolled in the class at some day between {@code from} and {@code to}, ordered by name. No access check. */
    List<Student> classList(long classId, LocalDate from, LocalDate to) {
        List<Long> ids = jpa.read(em -> em.createQuery("SELECT DISTINCT e.studentPersonId FROM EnrolmentEntity e WHERE e.classId = :c"
                + " AND e.fromDate <= :to AND (e.toDate IS NULL OR e.toDate >= :from)", Long.class)
                .setParameter("c", classId).setParameter("from", from).setParameter("to", to).getResultList());
        Map<Long, Person> people = persons.persons(ids);
        return people.values().stream().sorted(Comparator.comparing(Person::lastName).thenComparing(Person::firstName).thenComparing(Person::id))
                .map(p -> new Student(p.id(), p.fullName(), classId)).toList();
    }

    @Override
    public List<Enrolment> enrolments(long schoolId) {
        if (!access.mayReadStructure(schoolId)) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.organisationId = :o ORDER BY e.fromDate, e.id",
                EnrolmentEntity.class).setParameter("o", schoolId).getResultList()).stream().map(Mapping::enrolment).toList();
    }

    // ---- weekly timetable and lessons ----------------------------------------------------------

    @Override
    public List<TimetableSlot> setWeeklyTimetable(long classId, List<TimetableSlot> slots) {
        ClassEntity c = manageableClass(classId);
        List<TimetableSlot> list = slots == null ? List.of() : slots;
        Map<Long, AssignmentEntity> assignments = new LinkedHashMap<>();
        jpa.read(em -> em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.classId = :c", AssignmentEntity.class)
                .setParameter("c", classId).getResultList()).forEach(a -> assignments.put(a.id, a));
        Validation v = new Validation();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            TimetableSlot s = list.get(i);
            String f = "slots[" + i + "]";
            if (s == null || s.day() == null) {
                v.check(false, f, "validation.required");
                continue;
            }
            v.check(s.day() != DayOfWeek.SUNDAY, f + ".day", "school.validation.sunday");
            v.check(s.period() >= 1 && s.period() <= 12, f + ".period", "school.validation.period");
            v.check(assignments.containsKey(s.assignmentId()), f + ".assignmentId", "school.validation.assignment_unknown");
            v.check(taken.add(s.day() + "/" + s.period() + "/" + s.assignmentId()), f, "school.validation.duplicate");
        }
        v.throwIfAny();
        List<TimetableSlot> before = weeklyTimetable(classId);
        jpa.tx(em -> {
            em.createQuery("DELETE FROM SlotEntity s WHERE s.classId = :c").setParameter("c", classId).executeUpdate();
            for (TimetableSlot s : list) {
                SlotEntity e = new SlotEntity();
                e.organisationId = c.organisationId;
                e.classId = classId;
                e.dayOfWeek = s.day().getValue();
                e.period = s.period();
                e.assignmentId = s.assignmentId();
                em.persist(e);
            }
            return null;
        });
        audit.record("school.timetable.set", "school_class", classId, c.organisationId, before, list);
        return weeklyTimetable(classId);
    }

    @Override
    public List<TimetableSlot> weeklyTimetable(long classId) {
        ClassEntity c = jpa.read(em -> em.find(ClassEntity.class, classId));
        if (c == null) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery("SELECT s FROM SlotEntity s WHERE s.classId = :c ORDER BY s.dayOfWeek, s.period", SlotEntity.class)
                .setParameter("c", classId).getResultList()).stream()
                .map(s -> new TimetableSlot(DayOfWeek.of(s.dayOfWeek), s.period, s.assignmentId)).toList();
    }

    @Override
    public int generateLessons(long classId, long termId) {
        ClassEntity c = manageableClass(classId);
        int[] removed = {0};
        int made = jpa.tx(em -> {
            TermEntity t = em.find(TermEntity.class, termId);
            if (t == null || t.yearId != c.yearId) {
                throw EduException.invalid("termId", "school.validation.term_unknown");
            }
            Set<LocalDate> holidays = new HashSet<>(em.createQuery("SELECT h.holiday FROM HolidayEntity h WHERE h.yearId = :y", LocalDate.class)
                    .setParameter("y", c.yearId).getResultList());
            List<SlotEntity> slots = em.createQuery("SELECT s FROM SlotEntity s WHERE s.classId = :c", SlotEntity.class)
                    .setParameter("c", classId).getResultList();
            Set<String> existing = new HashSet<>();
            for (Object[] r : em.createQuery("SELECT l.assignmentId, l.date, l.period FROM LessonEntity l WHERE l.classId = :c"
                    + " AND l.date >= :from AND l.date <= :to", Object[].class).setParameter("c", classId)
                    .setParameter("from", t.startDate).setParameter("to", t.endDate).getResultList()) {
                existing.add(r[0] + "/" + r[1] + "/" + r[2]);
            }
            int n = 0;
            LocalDate today = LocalDate.now(clock);
            removed[0] = removeStaleLessons(em, classId, slots, today.isAfter(t.startDate) ? today : t.startDate, t.endDate);
            for (LocalDate d = t.startDate; !d.isAfter(t.endDate); d = d.plusDays(1)) {
                if (holidays.contains(d)) {
                    continue;
                }
                for (SlotEntity s : slots) {
                    if (s.dayOfWeek == d.getDayOfWeek().getValue() && existing.add(s.assignmentId + "/" + d + "/" + s.period)) {
                        LessonEntity l = new LessonEntity();
                        l.organisationId = c.organisationId;
                        l.assignmentId = s.assignmentId;
                        l.classId = classId;
                        l.date = d;
                        l.period = s.period;
                        l.assessment = AssessmentKind.FORMATIVE.name();
                        em.persist(l);
                        n++;
                    }
                }
            }
            return n;
        });
        audit.record("school.lessons.generate", "school_class", classId, c.organisationId, null,
                Map.of("termId", termId, "lessons", made, "removed", removed[0]));
        return made;
    }

    /**
     * Removes the lessons from {@code from} to {@code to} that the class's week no longer has (its week was changed)
     * and that nothing was written in: no topic, homework, substitute or assessment, no mark, attendance or mark history.
     */
    private static int removeStaleLessons(EntityManager em, long classId, List<SlotEntity> slots, LocalDate from, LocalDate to) {
        Set<String> week = new HashSet<>();
        slots.forEach(s -> week.add(s.assignmentId + "/" + s.dayOfWeek + "/" + s.period));
        List<LessonEntity> empty = em.createQuery("SELECT l FROM LessonEntity l WHERE l.classId = :c AND l.date >= :from AND l.date <= :to"
                + " AND l.topic IS NULL AND l.homework IS NULL AND l.substituteAccountId IS NULL AND l.assessment = :formative"
                + " AND NOT EXISTS (SELECT m.id FROM MarkEntity m WHERE m.lessonId = l.id)"
                + " AND NOT EXISTS (SELECT a.id FROM AttendanceEntity a WHERE a.lessonId = l.id)"
                + " AND NOT EXISTS (SELECT h.id FROM MarkHistoryEntity h WHERE h.lessonId = l.id)", LessonEntity.class)
                .setParameter("c", classId).setParameter("from", from).setParameter("to", to)
                .setParameter("formative", AssessmentKind.FORMATIVE.name()).getResultList();
        int n = 0;
        for (LessonEntity l : empty) {
            if (!week.contains(l.assignmentId + "/" + l.date.getDayOfWeek().getValue() + "/" + l.period)) {
                em.remove(l);
                n++;
            }
        }
        return n;
    }

    /** The Timetables component's published timetables, when it is installed (the DS component overrides this). */
    protected PublishedTimetables publishedTimetables() {
        return null;
    }

    @Override
    public TimetableAdoption adoptPublishedTimetable(long yearId, LocalDate date) {
        YearEntity year = jpa.read(em -> em.find(YearEntity.class, yearId));
        if (year == null || !access.mayReadStructure(year.organisationId)) {
            throw EduException.notFound("year", yearId);
        }
        access.check(SchoolPermissions.STRUCTURE_MANAGE, year.organisationId);
        new Validation().required("date", date).throwIfAny();
        PublishedTimetables published = publishedTimetables();
        if (published == null) {
            throw EduException.conflict("school.timetable.no_component");
        }
        PublishedTimetable timetable = published.inForce(year.organisationId, date)
                .orElseThrow(() -> EduException.conflict("school.timetable.none_published", date));
        TimetableMatcher matcher = jpa.read(em -> new TimetableMatcher(
                em.createQuery("SELECT c FROM ClassEntity c WHERE c.yearId = :y", ClassEntity.class).setParameter("y", yearId).getResultList(),
                em.createQuery("SELECT s FROM SubjectEntity s WHERE s.organisationId = :o", SubjectEntity.class)
                        .setParameter("o", year.organisationId).getResultList(),
                em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.classId IN (SELECT c.id FROM ClassEntity c WHERE c.yearId = :y)",
                        AssignmentEntity.class).setParameter("y", yearId).getResultList(),
                em.createQuery("SELECT g FROM ClassGroupEntity g WHERE g.classId IN (SELECT c.id FROM ClassEntity c WHERE c.yearId = :y)",
                        ClassGroupEntity.class).setParameter("y", yearId).getResultList().stream()
                        .collect(java.util.stream.Collectors.toMap(g -> g.id, g -> g.name)),
                persons::personsOfAccounts));
        TimetableMatcher.Result result = matcher.match(timetable.lessons());
        jpa.run(em -> {
            for (Map.Entry<Long, List<TimetableSlot>> e : result.slotsByClass().entrySet()) {
                em.createQuery("DELETE FROM SlotEntity s WHERE s.classId = :c").setParameter("c", e.getKey()).executeUpdate();
                for (TimetableSlot t : e.getValue()) {
                    SlotEntity slot = new SlotEntity();
                    slot.organisationId = year.organisationId;
                    slot.classId = e.getKey();
                    slot.dayOfWeek = t.day().getValue();
                    slot.period = t.period();
                    slot.assignmentId = t.assignmentId();
                    em.persist(slot);
                }
            }
        });
        int slots = result.slotsByClass().values().stream().mapToInt(List::size).sum();
        audit.record("school.timetable.adopt", "school_year", yearId, year.organisationId, null,
                Map.of("timetableId", timetable.id(), "classes", result.slotsByClass().size(), "slots", slots,
                        "unmatched", result.unmatched().size()));
        return new TimetableAdoption(timetable.id(), timetable.name(), result.slotsByClass().size(), slots, result.unmatched());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
