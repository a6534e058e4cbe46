package kz.digitaledu.school.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_attendance} (see db/school). */
@Entity
@Table(name = "sch_attendance")
public class AttendanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "lesson_id")
    public long lessonId;
    @Column(name = "student_person_id")
    public long studentPersonId;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by")
    public long updatedBy;
}
