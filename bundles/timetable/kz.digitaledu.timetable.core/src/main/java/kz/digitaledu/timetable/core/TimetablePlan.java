package kz.digitaledu.timetable.core;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A timetable's lessons as they are edited by hand: each lesson once (a double lesson is one entry lasting two
 * periods), with its id, place and pin.
 *
 * @param days      the days of the week the timetable has
 * @param periods   periods a day
 * @param lessons   every lesson, placed or not
 * @param rooms     the rooms of the timetable, by name
 * @param hardScore broken hard conditions, weighted (0: none)
 * @param softScore soft penalty, weighted
 */
public record TimetablePlan(List<DayOfWeek> days, int periods, List<Lesson> lessons, List<String> rooms, long hardScore, long softScore) {

    /**
     * @param day    the day of its start, null while it has no time
     * @param period its first period (1-based), null while it has no time
     * @param pinned the solver does not move it
     */
    public record Lesson(String id, String subject, List<String> teachers, List<String> studentSets, String room, int duration,
                         DayOfWeek day, Integer period, boolean pinned) {

        /** Whether the lesson takes {@code p} of {@code d}. */
        public boolean covers(DayOfWeek d, int p) {
            return day == d && period != null && p >= period && p < period + duration;
        }
    }
}
