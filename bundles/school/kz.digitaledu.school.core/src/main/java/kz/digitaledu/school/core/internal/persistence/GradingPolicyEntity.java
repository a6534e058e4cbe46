package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import kz.digitaledu.school.api.GradingPolicy;

/** A school's own grading policy ({@code sch_grading_policy}); schools without a row use the defaults. */
@Entity
@Cache(isolation = CacheIsolationType.SHARED, expiry = 60_000)
@Table(name = "sch_grading_policy")
public class GradingPolicyEntity {
    @Id
    @Column(name = "organisation_id")
    public Long organisationId;
    @Column(name = "formative_weight")
    public int formativeWeight;
    @Column(name = "section_weight")
    public int sectionWeight;
    @Column(name = "term_weight")
    public int termWeight;
    public int threshold5;
    public int threshold4;
    public int threshold3;

    public GradingPolicy toApi() {
        return new GradingPolicy(formativeWeight, sectionWeight, termWeight, threshold5, threshold4, threshold3);
    }
}
