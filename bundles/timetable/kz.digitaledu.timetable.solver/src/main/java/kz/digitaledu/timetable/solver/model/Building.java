package kz.digitaledu.timetable.solver.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A building of the school; travel times to other buildings are in minutes. */
public final class Building {

    private final String id;
    private final String name;
    private final Map<String, Integer> travelMinutes = new HashMap<>();
    private int defaultTravelMinutes;

    public Building(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    public int getDefaultTravelMinutes() { return defaultTravelMinutes; }

    /** Travel time to buildings missing from the matrix. */
    public Building withDefaultTravelMinutes(int minutes) {
        this.defaultTravelMinutes = minutes;
        return this;
    }

    /** Sets the travel time both ways. */
    public Building withTravelMinutes(Building other, int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("travel time must be >= 0");
        }
        travelMinutes.put(other.id, minutes);
        other.travelMinutes.put(id, minutes);
        return this;
    }

    public int travelMinutesTo(Building other) {
        if (other == null || other == this) {
            return 0;
        }
        return travelMinutes.getOrDefault(other.id, Math.max(defaultTravelMinutes, other.defaultTravelMinutes));
    }

    @Override
    public String toString() { return name; }
}
