package kz.digitaledu.timetable.solver.model;

import java.util.Objects;

/**
 * At most {@code maxDays.value()} days a week on which a teacher (or an atomic student set) has a lesson in the periods
 * {@code fromPeriod} (inclusive) to {@code toPeriod} (exclusive) of the day, e.g. "at most two afternoons": FET's
 * teacher/students interval max days per week. Exactly one of {@code teacher} and {@code atom} is set.
 */
public record DayIntervalLimit(Teacher teacher, StudentGroup atom, int fromPeriod, int toPeriod, Limit maxDays) {

    public DayIntervalLimit {
        if ((teacher == null) == (atom == null)) {
            throw new IllegalArgumentException("a day-interval limit is for one teacher or one student set");
        }
        Objects.requireNonNull(maxDays);
        if (fromPeriod < 0 || toPeriod <= fromPeriod) {
            throw new IllegalArgumentException("empty interval " + fromPeriod + "-" + toPeriod);
        }
    }

    /** Whether the placed lesson has a period inside the interval. */
    public boolean covers(Lesson l) {
        return l.getStartPeriod() < toPeriod && l.getEndPeriod() > fromPeriod;
    }
}
