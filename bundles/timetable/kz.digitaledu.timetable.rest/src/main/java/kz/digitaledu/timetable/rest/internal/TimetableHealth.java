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
        return Health.up(Map.of("engine", "OptaPlanner " + org.optaplanner.core.api.solver.SolverFactory.class.getPackage().getImplementationVersion()));
    }
}
