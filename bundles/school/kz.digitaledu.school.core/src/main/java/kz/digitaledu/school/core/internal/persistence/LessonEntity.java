package kz.digitaledu.school.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_lesson} (see db/school). */
@Entity
@Table(name = "sch_lesson")
public class LessonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "assignment_id")
    public long assignmentId;
    @Column(name = "class_id")
    public long classId;
    @Column(name = "lesson_date", nullable = false)
    public LocalDate date;
    @Column(name = "period")
    public int period;
    @Column(name = "topic")
    public String topic;
    @Column(name = "homework")
    public String homework;
    @Column(name = "assessment", nullable = false)
    public String assessment;
    @Column(name = "max_points")
    public Integer maxPoints;
    @Column(name = "substitute_account_id")
    public Long substituteAccountId;
}
