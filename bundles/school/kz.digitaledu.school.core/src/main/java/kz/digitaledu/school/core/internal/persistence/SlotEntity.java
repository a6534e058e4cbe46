package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_timetable_slot} (see db/school). */
@Entity
@Table(name = "sch_timetable_slot")
public class SlotEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "class_id")
    public long classId;
    @Column(name = "day_of_week")
    public int dayOfWeek;
    @Column(name = "period")
    public int period;
    @Column(name = "assignment_id")
    public long assignmentId;
}
