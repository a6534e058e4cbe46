package kz.digitaledu.timetable.solver.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds the week's timeslots from days and the periods (start, end, shift) of each day. */
public final class BellSchedule {

    /** One period of a day: its name, times and shift (1 or 2). */
    public record Period(String name, LocalTime start, LocalTime end, int shift) {
    }

    private BellSchedule() {
    }

    /**
     * @param periodsByDay periods for each day, in day order
     * @param maxBreakInsideMultiPeriodLessonMinutes a double lesson may not span a break longer than this
     */
    public static List<Timeslot> of(List<String> dayNames, List<List<Period>> periodsByDay,
                                    int maxBreakInsideMultiPeriodLessonMinutes) {
        if (dayNames.size() != periodsByDay.size()) {
            throw new IllegalArgumentException("one period list per day expected");
        }
        List<Timeslot> out = new ArrayList<>();
        for (int d = 0; d < dayNames.size(); d++) {
            List<Period> ps = periodsByDay.get(d);
            for (int p = 0; p < ps.size(); p++) {
                Period period = ps.get(p);
                if (p > 0 && period.start().isBefore(ps.get(p - 1).end())) {
                    throw new IllegalArgumentException("periods overlap on " + dayNames.get(d) + ": " + period.name());
                }
                out.add(new Timeslot(out.size(), d, dayNames.get(d), p, period.name(), period.start(), period.end(), period.shift()));
            }
        }
        Timeslot.link(out, maxBreakInsideMultiPeriodLessonMinutes);
        return out;
    }

    /** The same periods every day: {@code count} lessons of {@code lessonMinutes} with the given breaks after each. */
    public static List<Timeslot> uniform(List<String> dayNames, LocalTime firstStart, int lessonMinutes,
                                         int[] breakMinutesAfter, int maxBreakInsideMultiPeriodLessonMinutes) {
        List<Period> day = new ArrayList<>();
        LocalTime t = firstStart;
        for (int p = 0; p <= breakMinutesAfter.length; p++) {
            LocalTime end = t.plusMinutes(lessonMinutes);
            day.add(new Period(String.valueOf(p + 1), t, end, 1));
            if (p < breakMinutesAfter.length) {
                t = end.plusMinutes(breakMinutesAfter[p]);
            }
        }
        List<List<Period>> all = new ArrayList<>();
        for (int d = 0; d < dayNames.size(); d++) {
            all.add(day);
        }
        return of(dayNames, all, maxBreakInsideMultiPeriodLessonMinutes);
    }
}
