package kz.digitaledu.school.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_teacher_absence} (see db/school). */
@Entity
@Table(name = "sch_teacher_absence")
public class AbsenceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "teacher_account_id")
    public long teacherAccountId;
    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;
    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;
    public String reason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public long createdBy;
}
