package kz.digitaledu.timetable.core;

import java.time.DayOfWeek;

/**
 * How a lesson would fit at one start of the week, its room kept: the change of the hard score (negative: it would
 * break hard conditions) and of the soft score.
 */
public record SlotFit(DayOfWeek day, int period, long hardDelta, long softDelta) {
}
