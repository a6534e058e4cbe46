package kz.digitaledu.school.api;

/**
 * A teaching assignment: this teacher teaches this subject to this class for so many hours a week; with a
 * {@code groupId}, only to that sub-group of the class (a split subject such as a language or informatics).
 */
public record Assignment(long id, long organisationId, long classId, long subjectId, long teacherAccountId, int hoursPerWeek, Long groupId) {
}
