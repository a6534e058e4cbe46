package kz.digitaledu.school.api;

/** A teaching assignment: this teacher teaches this subject to this class for so many hours a week. */
public record Assignment(long id, long organisationId, long classId, long subjectId, long teacherAccountId, int hoursPerWeek) {
}
