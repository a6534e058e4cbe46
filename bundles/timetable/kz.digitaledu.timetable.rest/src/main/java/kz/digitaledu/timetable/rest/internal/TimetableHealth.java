package kz.digitaledu.timetable.rest.internal;

import java.util.Map;
import kz.digitaledu.platform.api.HealthContributor;
import org.osgi.service.component.annotations.Component;

/** Shows the Timetables component in {@code /api/health} while it runs. */
@Component(service = HealthContributor.class)
public class TimetableHealth implements HealthContributor {
    @Override
    public String name() {
        return "timetable";
    }

    @Override
    public Health health() {
        return Health.up(Map.of("engine", "OptaPlanner " + optaPlannerVersion()));
    }

    /** The embedded engine's version, from its Maven metadata (its jar manifest is not the bundle's). */
    static String optaPlannerVersion() {
        try (java.io.InputStream in = org.optaplanner.core.api.solver.SolverFactory.class
                .getResourceAsStream("/META-INF/maven/org.optaplanner/optaplanner-core-impl/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        String v = org.optaplanner.core.api.solver.SolverFactory.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
