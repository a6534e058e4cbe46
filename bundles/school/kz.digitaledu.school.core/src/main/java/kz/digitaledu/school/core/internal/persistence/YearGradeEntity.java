package kz.digitaledu.school.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_year_grade}: the teacher's final year grade of a student in a subject. */
@Entity
@Table(name = "sch_year_grade")
public class YearGradeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "assignment_id")
    public long assignmentId;
    @Column(name = "student_person_id")
    public long studentPersonId;
    @Column(name = "final_grade")
    public int finalGrade;
    @Column(name = "set_by")
    public long setBy;
    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
