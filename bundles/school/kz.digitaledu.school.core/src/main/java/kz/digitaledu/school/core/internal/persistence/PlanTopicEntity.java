package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_plan_topic}: one topic of a calendar-thematic plan. */
@Entity
@Table(name = "sch_plan_topic")
public class PlanTopicEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "assignment_id")
    public long assignmentId;
    public int position;
    @Column(nullable = false)
    public String title;
    public int hours;
}
