package kz.digitaledu.timetable.solver.model;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A room: its building, type (e.g. "lab", "gym", "computer"), capacity and unavailable timeslots. */
public final class Room {

    private final String id;
    private final String name;
    private final Building building;
    private final String type;
    private final int capacity;
    private final Set<Integer> unavailable = new HashSet<>();

    /** @param capacity 0 means unknown (never too small) */
    public Room(String id, String name, Building building, String type, int capacity) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.building = building;
        this.type = type;
        this.capacity = capacity;
    }

    @PlanningId
    public String getId() { return id; }
    public String getName() { return name; }
    public Building getBuilding() { return building; }
    public String getType() { return type; }
    public int getCapacity() { return capacity; }
    public Set<Integer> getUnavailable() { return unavailable; }

    public Room unavailableAt(int... timeslotIndexes) {
        for (int i : timeslotIndexes) {
            unavailable.add(i);
        }
        return this;
    }

    @Override
    public String toString() { return name; }
}
