package kz.digitaledu.timetable.solver.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of lessons may occupy at most {@code max.value()} of the chosen timeslots (a timeslot counts once however many of
 * the lessons are in it): FET's "activities occupy max time slots from selection". Lessons are named by id, so the
 * rule needs no cloning with the solution.
 */
public record SlotSelectionLimit(String id, Set<String> lessonIds, Set<Integer> slots, Limit max) {

    public SlotSelectionLimit {
        lessonIds = Set.copyOf(lessonIds);
        slots = Set.copyOf(slots);
    }

    public boolean includes(Lesson l) {
        return lessonIds.contains(l.getId());
    }

    /** Chosen timeslots that at least one of {@code lessons} occupies. */
    public int occupied(Collection<Lesson> lessons) {
        Set<Integer> taken = new HashSet<>();
        for (Lesson l : lessons) {
            if (l.getTimeslot() == null) {
                continue;
            }
            for (Timeslot t : l.occupiedTimeslots()) {
                if (slots.contains(t.getIndex())) {
                    taken.add(t.getIndex());
                }
            }
        }
        return taken.size();
    }
}
