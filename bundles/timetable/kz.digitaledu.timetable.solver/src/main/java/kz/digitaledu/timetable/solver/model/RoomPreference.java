package kz.digitaledu.timetable.solver.model;

import java.util.Set;

/** The lesson should (soft) or must (hard) take place in one of these rooms. */
public record RoomPreference(Set<Room> rooms, boolean hard, int weight) {
    public RoomPreference {
        rooms = Set.copyOf(rooms);
    }
}
