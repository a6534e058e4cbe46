package kz.digitaledu.school.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The e-journal of a teaching assignment for a term: lessons, marks, attendance and term grades.
 * A teacher keeps the journals of their own assignments (and of lessons they substitute); the
 * director, deputies and methodologists read every journal of the school; the class teacher reads
 * the journals of their class. Every change of a mark is kept in its history.
 */
public interface JournalService {

    /**
     * The journals the current user keeps (a teacher's assignments) or, for staff who read every
     * journal, all journals of their schools; with the terms of the current school year.
     */
    List<JournalRef> journals();

    /** The whole journal page: class list, lessons of the term, marks, attendance, recommended and final grades. */
    JournalPage journal(long assignmentId, long termId);

    /**
     * Sets a student's mark for a lesson (a formative mark 1–10, or points 0–max for a summative
     * lesson), replacing any earlier one; the old value goes to the history. The student must be in
     * the class on the lesson's date and the lesson must be in the past or today.
     */
    Mark setMark(long lessonId, long studentPersonId, BigDecimal value, String comment);

    /** Deletes a mark; the deletion is kept in the history. */
    void deleteMark(long lessonId, long studentPersonId);

    /** Sets or clears ({@code null}) a student's attendance mark for a lesson. */
    void setAttendance(long lessonId, long studentPersonId, AttendanceStatus status);

    /** Sets a lesson's topic and homework, and whether it is a summative assessment out of {@code maxPoints}. */
    Lesson updateLesson(long lessonId, String topic, String homework, AssessmentKind assessment, Integer maxPoints);

    /** The teacher confirms or sets a student's final grade (2–5) for the term. */
    TermGrade setTermGrade(long assignmentId, long termId, long studentPersonId, int grade);

    /**
     * The year grades of a journal: per student of the class this year, each term's grade (the final one, else the
     * recommended one; null without marks), the recommended year grade (the mean of those, halves up) and the teacher's
     * final year grade. Readers of the journal.
     */
    List<YearGrade> yearGrades(long assignmentId);

    /** The teacher sets a student's final year grade (2–5); audited with the old value. */
    YearGrade setYearGrade(long assignmentId, long studentPersonId, int grade);

    /** Every change to the marks of an assignment, newest first (for the teacher and the director). */
    List<MarkChange> history(long assignmentId, Long studentPersonId);

    /** The school's grading policy (defaults until the school changes it). */
    GradingPolicy gradingPolicy(long schoolId);

    /** Changes the school's grading policy (needs {@link SchoolPermissions#STRUCTURE_MANAGE}). */
    GradingPolicy setGradingPolicy(long schoolId, GradingPolicy policy);

    /** A journal in a list: whose, which class and subject, and the terms of its year. */
    /** A journal one may open; {@code groupName} is the sub-group's name when the assignment is for a group only. */
    record JournalRef(long assignmentId, long schoolId, long classId, String className, String subject, String teacherName,
            boolean writable, List<SchoolYear.Term> terms, String groupName) {
    }

    /** A mark as stored. */
    record Mark(long lessonId, long studentPersonId, BigDecimal value, String comment, Instant updatedAt, long updatedBy) {
    }

    /** An attendance mark as stored. */
    record Attendance(long lessonId, long studentPersonId, AttendanceStatus status) {
    }

    /** One change in the history of marks: old and new value (either null for a creation or a deletion). */
    record MarkChange(long lessonId, long studentPersonId, String studentName, java.time.LocalDate lessonDate, BigDecimal oldValue,
            BigDecimal newValue, String action, String changedBy, Instant changedAt) {
    }

    /** A student's term result: recommended from the marks, final as set by the teacher, and whether they differ. */
    record TermGrade(long studentPersonId, BigDecimal percent, Integer recommended, Integer finalGrade, boolean mismatch) {
    }

    /** A student's year in one subject; {@code complete} when every term has a grade. */
    record YearGrade(long studentPersonId, String studentName, List<Integer> termGrades, Integer recommended, Integer finalGrade,
            boolean complete) {
    }

    /** Everything the journal grid shows. */
    record JournalPage(Assignment assignment, SchoolClass schoolClass, Subject subject, String teacherName, SchoolYear.Term term,
            List<SchoolStructureService.Student> students, List<Lesson> lessons, List<Mark> marks, List<Attendance> attendance,
            Map<Long, TermGrade> termGrades, boolean writable) {
    }
}
