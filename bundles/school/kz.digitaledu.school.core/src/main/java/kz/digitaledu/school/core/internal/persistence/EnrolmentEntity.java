package kz.digitaledu.school.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_enrolment} (see db/school). */
@Entity
@Table(name = "sch_enrolment")
public class EnrolmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "class_id")
    public long classId;
    @Column(name = "student_person_id")
    public long studentPersonId;
    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;
    @Column(name = "order_in")
    public String orderIn;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Column(name = "order_out")
    public String orderOut;
    @Column(name = "leave_reason")
    public String leaveReason;
}
