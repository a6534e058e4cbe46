package kz.digitaledu.timetable.core;

import java.util.List;

/**
 * What a timetable does not meet, in plain words in the reader's language: each broken condition, hard ones first,
 * with the lessons concerned, and the lessons that have no place yet.
 *
 * @param hardScore the weighted total of broken hard conditions (0: none)
 * @param softScore the weighted total of soft penalties (0: perfect)
 * @param broken    each broken condition
 * @param unplaced  the lessons without a time or without a required room, described
 */
public record TimetableCheck(long hardScore, long softScore, List<Broken> broken, List<String> unplaced) {

    /**
     * One broken condition.
     *
     * @param hard      whether it must hold (a hard condition) or is a wish (soft)
     * @param condition what it is, translated
     * @param times     how many times it is broken
     * @param penalty   its weighted share of the score
     * @param lessons   the lessons concerned (at most 20), described as subject, classes, teachers, day and period
     */
    public record Broken(boolean hard, String condition, int times, long penalty, List<String> lessons) {
    }
}
