package kz.digitaledu.platform.api;

import java.util.Map;

/**
 * Extension point: a component reports its state in {@code GET /api/health}. Register as an OSGi
 * service; the component appears in the health document while its bundle runs.
 */
public interface HealthContributor {

    /** Short stable name, e.g. {@code database} or {@code timetable}. */
    String name();

    Health health();

    /** UP, or DOWN with details; the whole document is DOWN when any contributor is. */
    record Health(boolean up, Map<String, Object> details) {
        public static Health up(Map<String, Object> details) {
            return new Health(true, details);
        }

        public static Health down(Map<String, Object> details) {
            return new Health(false, details);
        }
    }
}
