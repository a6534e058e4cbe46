package kz.digitaledu.school.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Substitutions: the director or a deputy marks a teacher absent for a period, sees the lessons it
 * affects with the teachers who are free at that period (those who teach the subject first), and
 * assigns substitutes. The substitute is notified, may keep the journal of that lesson, and the
 * diary shows the change. The book of substituted lessons lists them all. Needs
 * {@link SchoolPermissions#STRUCTURE_MANAGE} in the school; every change is audited.
 */
public interface SubstitutionService {

    TeacherAbsence markAbsent(long schoolId, long teacherAccountId, LocalDate from, LocalDate to, String reason);

    List<TeacherAbsence> absences(long schoolId, LocalDate from, LocalDate to);

    /** The lessons of the absent teacher in the absence, with their substitutes so far. */
    List<AffectedLesson> affectedLessons(long absenceId);

    /** Teachers of the school free at the lesson's date and period; those who teach its subject first, then the least busy that day. */
    List<Candidate> candidates(long lessonId);

    /** Assigns a substitute (one of the candidates) to a lesson and notifies them. */
    AffectedLesson assign(long lessonId, long substituteAccountId);

    /** Takes the substitute off a lesson. */
    AffectedLesson unassign(long lessonId);

    /** The book of substituted lessons of a school in a period, by date and period. */
    List<AffectedLesson> book(long schoolId, LocalDate from, LocalDate to);

    record TeacherAbsence(long id, long schoolId, long teacherAccountId, String teacherName, LocalDate from, LocalDate to, String reason) {
    }

    record AffectedLesson(long lessonId, LocalDate date, int period, String className, String subject, long teacherAccountId,
            String teacherName, Long substituteAccountId, String substituteName) {
    }

    record Candidate(long accountId, String name, boolean teachesSubject, int lessonsThatDay) {
    }
}
