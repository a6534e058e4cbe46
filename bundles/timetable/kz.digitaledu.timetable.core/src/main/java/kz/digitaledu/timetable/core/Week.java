package kz.digitaledu.timetable.core;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.StudentSets;

/**
 * The week of one class, teacher or room: lessons by day and period, as the screens and the printed timetables show it.
 *
 * @param days    the days shown: Monday to Friday, and Saturday or Sunday when the timetable uses them
 * @param periods the number of periods a day
 * @param cells   day → period → the lessons then
 */
public record Week(List<DayOfWeek> days, int periods, Map<DayOfWeek, Map<Integer, List<PublishedLesson>>> cells) {

    /** Whose week: a class or group, a teacher, a room. */
    public enum Kind {
        CLASS(PublishedLesson::studentSets), TEACHER(PublishedLesson::teachers), ROOM(l -> l.room() == null ? List.of() : List.of(l.room()));

        private final Function<PublishedLesson, List<String>> names;

        Kind(Function<PublishedLesson, List<String>> names) {
            this.names = names;
        }

        public List<String> namesOf(PublishedLesson l) {
            return names.apply(l);
        }
    }

    /** Every class, teacher or room named in the lessons, sorted. */
    public static List<String> names(List<PublishedLesson> lessons, Kind kind) {
        TreeSet<String> out = new TreeSet<>();
        lessons.forEach(l -> out.addAll(kind.namesOf(l)));
        return new ArrayList<>(out);
    }

    /** The week of {@code name}: the days the timetable uses (at least Monday to Friday) and its periods. */
    public static Week of(List<PublishedLesson> lessons, Kind kind, String name) {
        TreeSet<DayOfWeek> days = new TreeSet<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        int periods = 1;
        Map<DayOfWeek, Map<Integer, List<PublishedLesson>>> cells = new TreeMap<>();
        for (PublishedLesson l : lessons) {
            days.add(l.day());
            periods = Math.max(periods, l.period());
            if (name != null && (kind == Kind.CLASS ? l.studentSets().stream().anyMatch(set -> sameStudents(set, name))
                    : kind.namesOf(l).contains(name))) {
                cells.computeIfAbsent(l.day(), d -> new TreeMap<>()).computeIfAbsent(l.period(), p -> new ArrayList<>()).add(l);
            }
        }
        return new Week(List.copyOf(days), periods, cells);
    }

    public List<PublishedLesson> at(DayOfWeek day, int period) {
        return cells.getOrDefault(day, Map.of()).getOrDefault(period, List.of());
    }

    /**
     * Whether a lesson for {@code set} is in the week of {@code name}: the same class or group, one of the class's
     * groups ({@code 7A en} for {@code 7A}), or the class of the group ({@code 7A} for {@code 7A en}).
     */
    public static boolean sameStudents(String set, String name) {
        return set.equals(name) || StudentSets.isGroupOf(set, name) || StudentSets.isGroupOf(name, set);
    }

    /** What a cell says besides the subject: the two of class, teacher and room that are not whose week it is. */
    public static String detail(PublishedLesson l, Kind k) {
        StringBuilder s = new StringBuilder();
        if (k != Kind.CLASS) {
            s.append(String.join(", ", l.studentSets()));
        }
        if (k != Kind.TEACHER) {
            s.append(s.length() > 0 ? " · " : "").append(String.join(", ", l.teachers()));
        }
        if (k != Kind.ROOM && l.room() != null) {
            s.append(s.length() > 0 ? " · " : "").append(l.room());
        }
        return s.toString();
    }
}
