package kz.digitaledu.timetable.solver.model;

/**
 * At least {@code value} lessons on a day. With {@code allowEmptyDays} only days with lessons count; otherwise
 * each of the {@code daysInWeek} days must reach the minimum.
 */
public record MinDailyLimit(int value, boolean hard, int weight, boolean allowEmptyDays, int daysInWeek) {

    /** Shortfall on a day with {@code periods} lessons. */
    public int deficit(int periods) {
        return Math.max(0, value - periods);
    }

    /** Total shortfall in a week, given the summed shortfall of the days worked and the number of days worked. */
    public int weekDeficit(int workedDaysDeficit, int daysWorked) {
        return workedDaysDeficit + (allowEmptyDays ? 0 : Math.max(0, daysInWeek - daysWorked) * value);
    }
}
