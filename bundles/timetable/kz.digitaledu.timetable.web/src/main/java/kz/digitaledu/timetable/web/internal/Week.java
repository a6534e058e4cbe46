package kz.digitaledu.timetable.web.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import kz.digitaledu.platform.api.timetable.PublishedLesson;

/** The week of one class, teacher or room: lessons by day and period. */
record Week(List<DayOfWeek> days, int periods, Map<DayOfWeek, Map<Integer, List<PublishedLesson>>> cells) {

    /** Whose week: a class or group, a teacher, a room. */
    enum Kind {
        CLASS(PublishedLesson::studentSets), TEACHER(PublishedLesson::teachers), ROOM(l -> l.room() == null ? List.of() : List.of(l.room()));

        private final Function<PublishedLesson, List<String>> names;

        Kind(Function<PublishedLesson, List<String>> names) {
            this.names = names;
        }

        List<String> namesOf(PublishedLesson l) {
            return names.apply(l);
        }
    }

    /** Every class, teacher or room named in the lessons, sorted. */
    static List<String> names(List<PublishedLesson> lessons, Kind kind) {
        TreeSet<String> out = new TreeSet<>();
        lessons.forEach(l -> out.addAll(kind.namesOf(l)));
        return new ArrayList<>(out);
    }

    /** The week of {@code name}: the days the timetable uses (at least Monday to Friday) and its periods. */
    static Week of(List<PublishedLesson> lessons, Kind kind, String name) {
        TreeSet<DayOfWeek> days = new TreeSet<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        int periods = 1;
        Map<DayOfWeek, Map<Integer, List<PublishedLesson>>> cells = new TreeMap<>();
        for (PublishedLesson l : lessons) {
            days.add(l.day());
            periods = Math.max(periods, l.period());
            if (name != null && kind.namesOf(l).contains(name)) {
                cells.computeIfAbsent(l.day(), d -> new TreeMap<>()).computeIfAbsent(l.period(), p -> new ArrayList<>()).add(l);
            }
        }
        return new Week(List.copyOf(days), periods, cells);
    }

    List<PublishedLesson> at(DayOfWeek day, int period) {
        return cells.getOrDefault(day, Map.of()).getOrDefault(period, List.of());
    }
}
