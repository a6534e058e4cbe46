package kz.digitaledu.school.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The diary: what a student (or a parent for each child) reads. A student reads their own; a
 * parent the children linked to their account; staff who may read the class's journals read it too.
 */
public interface DiaryService {

    /** The students whose diary the current user may read: themself, or their children. */
    List<DiaryStudent> students();

    /** The week (Monday to Saturday) that contains {@code date}: lessons with topic, homework, marks and attendance. */
    List<DiaryEntry> week(long studentPersonId, LocalDate date);

    /** Per subject for the term that contains {@code date}: marks so far and the predicted term grade. */
    List<SubjectSummary> summary(long studentPersonId, LocalDate date);

    record DiaryStudent(long personId, String fullName, Long classId, String className, long schoolId) {
    }

    record DiaryEntry(long lessonId, LocalDate date, int period, String subject, String teacher, String topic, String homework,
            AssessmentKind assessment, Integer maxPoints, BigDecimal mark, AttendanceStatus attendance, boolean substituted,
            List<HomeworkFileService.Attachment> files, String comment) {
    }

    record SubjectSummary(long assignmentId, String subject, String teacher, List<BigDecimal> formative,
            List<BigDecimal> summatives, BigDecimal percent, Integer predicted, Integer finalGrade) {
    }
}
