package kz.digitaledu.school.core.internal;

import java.util.List;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.Enrolment;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.Subject;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.EnrolmentEntity;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.TermEntity;
import kz.digitaledu.school.core.internal.persistence.YearEntity;

/** Entities to API records. */
final class Mapping {
    private Mapping() {
    }

    static SchoolYear year(YearEntity y, List<TermEntity> terms, List<java.time.LocalDate> holidays) {
        return new SchoolYear(y.id, y.organisationId, y.name, y.startDate, y.endDate,
                terms.stream().sorted(java.util.Comparator.comparingInt(t -> t.number)).map(Mapping::term).toList(), holidays);
    }

    static SchoolYear.Term term(TermEntity t) {
        return new SchoolYear.Term(t.id, t.number, t.startDate, t.endDate);
    }

    static SchoolClass schoolClass(ClassEntity c) {
        return new SchoolClass(c.id, c.organisationId, c.yearId, c.grade, c.letter, c.language, c.shift, c.profile, c.classTeacherAccountId);
    }

    static Subject subject(SubjectEntity s) {
        return new Subject(s.id, s.organisationId, s.code, s.nameKk, s.nameRu, s.nameEn);
    }

    static Assignment assignment(AssignmentEntity a) {
        return new Assignment(a.id, a.organisationId, a.classId, a.subjectId, a.teacherAccountId, a.hoursPerWeek, a.groupId);
    }

    static Enrolment enrolment(EnrolmentEntity e) {
        return new Enrolment(e.id, e.organisationId, e.classId, e.studentPersonId, e.fromDate, e.orderIn, e.toDate, e.orderOut, e.leaveReason);
    }

    static Lesson lesson(LessonEntity l, AssignmentEntity a) {
        return new Lesson(l.id, l.assignmentId, l.classId, a.subjectId, a.teacherAccountId, l.date, l.period, l.topic, l.homework,
                AssessmentKind.valueOf(l.assessment), l.maxPoints, l.substituteAccountId);
    }
}
