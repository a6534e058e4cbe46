package kz.digitaledu.school.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_term_grade} (see db/school). */
@Entity
@Table(name = "sch_term_grade")
public class TermGradeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "assignment_id")
    public long assignmentId;
    @Column(name = "term_id")
    public long termId;
    @Column(name = "student_person_id")
    public long studentPersonId;
    @Column(name = "final_grade")
    public int finalGrade;
    @Column(name = "recommended")
    public Integer recommended;
    @Column(name = "set_by")
    public long setBy;
    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
