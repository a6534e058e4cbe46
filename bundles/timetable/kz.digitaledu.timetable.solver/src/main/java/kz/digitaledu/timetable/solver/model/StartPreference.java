package kz.digitaledu.timetable.solver.model;

import java.util.Set;

/** The lesson should (soft) or must (hard) start in one of these timeslots. */
public record StartPreference(Set<Integer> timeslotIndexes, boolean hard, int weight) {
    public StartPreference {
        timeslotIndexes = Set.copyOf(timeslotIndexes);
    }
}
