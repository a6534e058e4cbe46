package kz.digitaledu.timetable.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import org.junit.jupiter.api.Test;

class WeekTest {
    private static PublishedLesson lesson(DayOfWeek day, int period, String subject, String teacher, String room, String... sets) {
        return new PublishedLesson(day, period, null, null, subject, List.of(teacher), List.of(sets), room, null);
    }

    private final List<PublishedLesson> lessons = List.of(
            lesson(DayOfWeek.MONDAY, 1, "Алгебра", "Нұрланов", "201", "8А"),
            lesson(DayOfWeek.MONDAY, 1, "Математика", "Ким", "105", "5А"),
            lesson(DayOfWeek.SATURDAY, 6, "Физика", "Ким", null, "8А-1", "8А-2"),
            lesson(DayOfWeek.TUESDAY, 3, "Алгебра", "Нұрланов", "201", "8А"));

    @Test
    void namesOfEachKindAreListedSorted() {
        assertEquals(List.of("5А", "8А", "8А-1", "8А-2"), Week.names(lessons, Week.Kind.CLASS));
        assertEquals(List.of("Ким", "Нұрланов"), Week.names(lessons, Week.Kind.TEACHER));
        assertEquals(List.of("105", "201"), Week.names(lessons, Week.Kind.ROOM), "a lesson without a room names none");
    }

    @Test
    void aWeekHoldsOnlyItsOwnLessonsOnTheDaysAndPeriodsTheTimetableUses() {
        Week kim = Week.of(lessons, Week.Kind.TEACHER, "Ким");
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY), kim.days(), "Monday to Friday always, Saturday because the timetable uses it");
        assertEquals(6, kim.periods());
        assertEquals("Математика", kim.at(DayOfWeek.MONDAY, 1).get(0).subject());
        assertEquals("Физика", kim.at(DayOfWeek.SATURDAY, 6).get(0).subject());
        assertTrue(kim.at(DayOfWeek.TUESDAY, 3).isEmpty());
        Week room = Week.of(lessons, Week.Kind.ROOM, "201");
        assertEquals(2, room.at(DayOfWeek.MONDAY, 1).size() + room.at(DayOfWeek.TUESDAY, 3).size());
        assertEquals("Физика", Week.of(lessons, Week.Kind.CLASS, "8А").at(DayOfWeek.SATURDAY, 6).get(0).subject(),
                "the class's week shows its groups' lessons");
        Week group = Week.of(lessons, Week.Kind.CLASS, "8А-1");
        assertEquals("Алгебра", group.at(DayOfWeek.MONDAY, 1).get(0).subject(), "a group's week shows the whole class's lessons");
        assertTrue(Week.of(lessons, Week.Kind.CLASS, "8").at(DayOfWeek.MONDAY, 1).isEmpty(), "8 is not a class of 8А's");
        assertTrue(Week.of(lessons, Week.Kind.CLASS, "5А").at(DayOfWeek.SATURDAY, 6).isEmpty());
    }
}
