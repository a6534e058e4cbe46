package kz.digitaledu.school.core.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_mark_history} (see db/school). */
@Entity
@Table(name = "sch_mark_history")
public class MarkHistoryEntity {
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
    @Column(name = "old_value")
    public BigDecimal oldValue;
    @Column(name = "new_value")
    public BigDecimal newValue;
    @Column(name = "action", nullable = false)
    public String action;
    @Column(name = "changed_by")
    public long changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
