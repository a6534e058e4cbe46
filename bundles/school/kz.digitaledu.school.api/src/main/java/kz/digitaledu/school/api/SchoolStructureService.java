package kz.digitaledu.school.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The structure of a school: years and terms, classes, subjects, teaching assignments, the weekly
 * timetable entered by hand, the contingent. Changes need {@link SchoolPermissions#STRUCTURE_MANAGE}
 * in the school; reads {@link SchoolPermissions#STRUCTURE_READ}. Every change is audited.
 */
public interface SchoolStructureService {

    SchoolYear createYear(NewYear year);

    List<SchoolYear> years(long schoolId);

    /** The year of the school that contains {@code date}. */
    Optional<SchoolYear> yearOn(long schoolId, LocalDate date);

    SchoolClass createClass(NewClass schoolClass);

    List<SchoolClass> classes(long schoolId, long yearId);

    Optional<SchoolClass> findClass(long classId);

    Subject createSubject(NewSubject subject);

    List<Subject> subjects(long schoolId);

    /** A teaching assignment of a class, or of one of its sub-groups when {@code groupId} is given. */
    Assignment createAssignment(NewAssignment assignment);

    /**
     * Changes who teaches an assignment and for how many hours a week (a teacher who takes over in the middle of the
     * year): the journal with its lessons, marks, grades and plan stays where it is, and from now on it is the new
     * teacher's. Audited with before and after.
     */
    Assignment updateAssignment(long assignmentId, AssignmentChange change);

    /**
     * Deletes an assignment made by mistake. Refused with 409 {@code school.assignment.in_use} once it has lessons, a
     * calendar-thematic plan or grades (then change its teacher instead); its periods in the weekly timetable entered by
     * hand go with it.
     */
    void deleteAssignment(long assignmentId);

    /** What {@link #updateAssignment} changes; both are required. */
    record AssignmentChange(Long teacherAccountId, Integer hoursPerWeek) {
    }

    /** Creates a sub-group of a class with its members (students of the class); the name is unique in the class. */
    ClassGroup createGroup(long classId, NewGroup group);

    /** Replaces the members of a sub-group (all or nothing); marks already given stay in the group's journal. */
    ClassGroup setGroupMembers(long groupId, List<Long> studentPersonIds);

    /** The sub-groups of a class, by name. */
    List<ClassGroup> groups(long classId);

    /** Deletes a sub-group that no teaching assignment uses (409 otherwise). */
    void deleteGroup(long groupId);

    /** Assignments of a school; with {@code teacherAccountId} only that teacher's. */
    List<Assignment> assignments(long schoolId, Long teacherAccountId);

    Optional<Assignment> findAssignment(long assignmentId);

    /** Enrols students (people of the school) in a class from a date under an order; all or nothing. */
    List<Enrolment> enrol(long classId, List<Long> studentPersonIds, LocalDate from, String order);

    /**
     * Registers a new student (a person of the school, without an account) and enrols them in the class from a date under
     * an order. The enrolment is checked first, then the person (names, IIN check digit and uniqueness, birth date); on any
     * mistake nothing is written, and the person's field errors carry the fields' own names ({@code iin}, not
     * {@code people[0].iin}).
     */
    Enrolment enrolNewStudent(long classId, NewStudent student);

    /** A new student's details and enrolment; {@code iin}, {@code middleName}, {@code birthDate}, {@code gender} may be empty. */
    record NewStudent(String lastName, String firstName, String middleName, String iin, LocalDate birthDate,
            kz.digitaledu.platform.api.Gender gender, LocalDate from, String order) {
    }

    /** Moves a student to another class of the same school from a date; the old enrolment ends the day before. */
    Enrolment transfer(long studentPersonId, long toClassId, LocalDate from, String order);

    /** Ends a student's enrolment (left for another school, expelled) on a date. */
    Enrolment leave(long studentPersonId, LocalDate on, String order, String reason);

    /** The class list on a date, ordered by name: who is enrolled in the class that day. */
    List<Student> students(long classId, LocalDate on);

    /** The whole history of enrolments of a school (register of arrived and departed students). */
    List<Enrolment> enrolments(long schoolId);

    /** Replaces the weekly timetable of a class (used when the Timetables component publishes none). */
    List<TimetableSlot> setWeeklyTimetable(long classId, List<TimetableSlot> slots);

    List<TimetableSlot> weeklyTimetable(long classId);

    /** Creates the term's lessons of a class from its weekly timetable (dates of the term, skipping holidays); returns how many are new. */
    int generateLessons(long classId, long termId);

    /** A student in a class list. */
    record Student(long personId, String fullName, long classId) {
    }

    /**
     * Takes the weekly timetable of every class of the school year from the timetable the school published in the
     * Timetables component (the one in force on {@code date}); the journal's lessons are then generated from it.
     * A class's weekly slots are replaced by its lessons there; classes the published timetable does not mention
     * keep theirs. A lesson belongs to a class when one of its classes or groups is named like the class ({@code 8А})
     * or is a group of it ({@code 8А-1}, {@code 8А en}); its subject is found by code or by any of the subject's
     * names; its teaching assignment is the class's one for that subject (with several, the one whose teacher's
     * surname is among the lesson's teachers). Latin look-alike letters count as Cyrillic ({@code 8A} is {@code 8А}).
     * What cannot be matched is listed, not guessed.
     *
     * @throws kz.digitaledu.platform.api.EduException 409 when the Timetables component is not installed or the
     *         school has no timetable in force on that date
     */
    TimetableAdoption adoptPublishedTimetable(long yearId, LocalDate date);

    /** What {@link #adoptPublishedTimetable} did. */
    record TimetableAdoption(long timetableId, String timetableName, int classes, int slots, List<UnmatchedLesson> unmatched) {
    }

    /**
     * A published lesson period that found no place in the journal.
     *
     * @param reason {@code class} (no class of the year by that name), {@code subject} (no such subject in the school),
     *               {@code assignment} (the class has no, or no single, teaching assignment for it), {@code day} (Sunday)
     */
    record UnmatchedLesson(DayOfWeek day, int period, String studentSets, String subject, String teachers, String reason) {
    }

    /** A period of the weekly timetable of a class. */
    record TimetableSlot(DayOfWeek day, int period, long assignmentId) {
    }

    record NewYear(Long schoolId, String name, LocalDate startDate, LocalDate endDate, List<NewTerm> terms, List<LocalDate> holidays) {
    }

    record NewTerm(int number, LocalDate startDate, LocalDate endDate) {
    }

    record NewClass(Long schoolId, Long yearId, Integer grade, String letter, String language, Integer shift, String profile,
            Long classTeacherAccountId) {
    }

    record NewSubject(Long schoolId, String code, String nameKk, String nameRu, String nameEn) {
    }

    /** {@code groupId}: a sub-group of the class, or null for the whole class. */
    record NewAssignment(Long classId, Long subjectId, Long teacherAccountId, Integer hoursPerWeek, Long groupId) {
    }

    record NewGroup(String name, List<Long> studentPersonIds) {
    }
}
