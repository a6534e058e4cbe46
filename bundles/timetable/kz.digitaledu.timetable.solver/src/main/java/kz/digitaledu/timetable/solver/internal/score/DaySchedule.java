package kz.digitaledu.timetable.solver.internal.score;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import kz.digitaledu.timetable.solver.model.Building;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timeslot;

/** The lessons of one teacher or student set on one day, sorted by start period (immutable snapshot). */
public record DaySchedule(List<Lesson> lessons) {

    /** Periods taught. */
    public int periods() {
        int n = 0;
        for (Lesson l : lessons) {
            n += l.getDuration();
        }
        return n;
    }

    /**
     * Periods before the day's first lesson in which the student set could have had one: breaks and periods when the
     * set is not available are not counted (as FET counts a late beginning).
     */
    public int openPeriodsBefore(Set<Integer> unavailable) {
        if (lessons.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Timeslot t = lessons.get(0).getTimeslot().getPrevious(); t != null; t = t.getPrevious()) {
            if (!t.isBreakSlot() && !unavailable.contains(t.getIndex())) {
                n++;
            }
        }
        return n;
    }

    public int firstPeriod() {
        return lessons.isEmpty() ? 0 : lessons.get(0).getStartPeriod();
    }

    /** Free periods (not counting break periods) between the first and the last lesson of the day. */
    public int gaps() {
        return gaps(Set.of());
    }

    /**
     * Free periods between the first and the last lesson that are neither breaks nor in {@code unavailable} (the
     * person's or set's not-available periods): what FET's max-gaps constraints count.
     */
    public int gaps(Set<Integer> unavailable) {
        int gaps = 0;
        Lesson latest = null;
        for (Lesson l : lessons) {
            if (latest != null && l.getStartPeriod() > latest.getEndPeriod()) {
                gaps += latest.freePeriodsBefore(l, unavailable);
            }
            if (latest == null || l.getEndPeriod() > latest.getEndPeriod()) {
                latest = l;
            }
        }
        return gaps;
    }

    /** Periods over {@code limit} in runs of lessons one after another (a free or break period ends a run). */
    public int continuousExcess(int limit) {
        int excess = 0;
        int run = 0;
        int runEnd = -1;
        for (Lesson l : lessons) {
            if (run > 0 && l.getStartPeriod() > runEnd) {
                excess += Math.max(0, run - limit);
                run = 0;
            }
            run += l.getDuration();
            runEnd = Math.max(runEnd, l.getEndPeriod());
        }
        return excess + Math.max(0, run - limit);
    }

    /** Moves between different buildings from one lesson to the next (lessons without a room are skipped). */
    public int buildingChanges() {
        int n = 0;
        Building last = null;
        for (Lesson l : lessons) {
            Building b = l.building();
            if (b == null) {
                continue;
            }
            if (last != null && b != last) {
                n++;
            }
            last = b;
        }
        return n;
    }

    /** Consecutive lessons in different buildings whose break is shorter than the travel time, weighted by missing minutes. */
    public int travelShortfallMinutes() {
        int n = 0;
        Lesson previous = null;
        for (Lesson l : lessons) {
            if (l.building() == null) {
                continue;
            }
            if (previous != null && previous.building() != l.building()) {
                long available = Duration.between(previous.endTime(), l.startTime()).toMinutes();
                int needed = previous.building().travelMinutesTo(l.building());
                if (available < needed) {
                    n += (int) Math.max(1, needed - available);
                }
            }
            previous = l;
        }
        return n;
    }
}
