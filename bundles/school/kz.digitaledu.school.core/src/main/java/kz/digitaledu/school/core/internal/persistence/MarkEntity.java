package kz.digitaledu.school.core.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_mark} (see db/school). */
@Entity
@Table(name = "sch_mark")
public class MarkEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "lesson_id")
    public long lessonId;
    @Column(name = "assignment_id")
    public long assignmentId;
    @Column(name = "student_person_id")
    public long studentPersonId;
    @Column(name = "mark_value", nullable = false)
    public BigDecimal value;
    @Column(name = "comment_text")
    public String comment;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by")
    public long updatedBy;
}
