package kz.digitaledu.school.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;

/**
 * {@code /api/health} entry "school": its tables answer through its persistence unit (the number of school years and
 * classes), and whether the journal's week can come from a Timetables component.
 */
@Component(service = HealthContributor.class)
public class SchoolHealth implements HealthContributor {
    private final Jpa jpa;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PublishedTimetables publishedTimetables;

    @Activate
    public SchoolHealth(@Reference(target = SchoolComponents.UNIT) EntityManagerFactory emf, @Reference SchoolSchema schema) {
        this.jpa = new Jpa(emf);
    }

    @Override
    public String name() {
        return "school";
    }

    @Override
    public Health health() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("timetablesFrom", publishedTimetables == null ? "hand" : "Timetables component");
        try {
            d.put("years", jpa.read(em -> em.createQuery("SELECT COUNT(y) FROM YearEntity y", Long.class).getSingleResult()));
            d.put("classes", jpa.read(em -> em.createQuery("SELECT COUNT(c) FROM ClassEntity c", Long.class).getSingleResult()));
            return Health.up(d);
        } catch (RuntimeException e) {
            d.put("error", e.getClass().getSimpleName());
            return Health.down(d);
        }
    }
}
