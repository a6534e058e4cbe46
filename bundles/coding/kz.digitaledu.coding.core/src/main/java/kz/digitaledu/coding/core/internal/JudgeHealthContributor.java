package kz.digitaledu.coding.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeHealth;
import kz.digitaledu.platform.api.HealthContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/health} entry "judge": the cgroup layer detected at start, bubblewrap, languages, warm artefacts. */
@Component(service = HealthContributor.class)
public class JudgeHealthContributor implements HealthContributor {
    private final Judge judge;

    @Activate
    public JudgeHealthContributor(@Reference Judge judge) {
        this.judge = judge;
    }

    @Override
    public String name() {
        return "judge";
    }

    @Override
    public Health health() {
        JudgeHealth h = judge.health();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("cgroup", h.cgroupMode());
        d.put("bubblewrap", String.valueOf(h.bwrap()));
        d.put("languages", h.languages());
        d.put("warm", h.warm());
        if (!h.ready()) {
            d.put("reason", h.detail());
        }
        return new Health(h.ready(), d);
    }
}
