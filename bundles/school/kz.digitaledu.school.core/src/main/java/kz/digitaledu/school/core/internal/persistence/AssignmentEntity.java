package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_assignment} (see db/school). */
@Entity
@Cache(isolation = CacheIsolationType.SHARED, expiry = 60_000)
@Table(name = "sch_assignment")
public class AssignmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "class_id")
    public long classId;
    @Column(name = "subject_id")
    public long subjectId;
    @Column(name = "teacher_account_id")
    public long teacherAccountId;
    @Column(name = "hours_per_week")
    public int hoursPerWeek;
    /** The sub-group of the class taught, or null for the whole class. */
    @Column(name = "group_id")
    public Long groupId;
}
