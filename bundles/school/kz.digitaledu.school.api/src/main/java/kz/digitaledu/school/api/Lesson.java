package kz.digitaledu.school.api;

import java.time.LocalDate;

/**
 * One lesson of an assignment on a date and period, with its topic and homework, and what its marks
 * are: formative, or a summative assessment out of {@code maxPoints}.
 */
public record Lesson(long id, long assignmentId, long classId, long subjectId, long teacherAccountId, LocalDate date, int period,
        String topic, String homework, AssessmentKind assessment, Integer maxPoints, Long substituteAccountId) {
}
