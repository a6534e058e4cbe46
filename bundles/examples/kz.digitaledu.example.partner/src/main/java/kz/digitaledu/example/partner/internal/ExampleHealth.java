package kz.digitaledu.example.partner.internal;

import java.util.Map;
import kz.digitaledu.platform.api.HealthContributor;
import org.osgi.service.component.annotations.Component;

/** Shows the example component in {@code GET /api/health} while its bundle runs. */
@Component(service = HealthContributor.class)
public class ExampleHealth implements HealthContributor {
    @Override
    public String name() {
        return "example";
    }

    @Override
    public Health health() {
        return Health.up(Map.of("version", "1"));
    }
}
