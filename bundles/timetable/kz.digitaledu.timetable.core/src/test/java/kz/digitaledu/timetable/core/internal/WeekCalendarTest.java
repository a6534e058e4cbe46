package kz.digitaledu.timetable.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import org.junit.jupiter.api.Test;

class WeekCalendarTest {

    private static PublishedLesson at(DayOfWeek d, int period, String start, String end, String subject) {
        return new PublishedLesson(d, period, LocalTime.parse(start), LocalTime.parse(end), subject, List.of("Айгүл Сәдуақасова"),
                List.of("7А"), "101", "Main");
    }

    @Test
    void periodTimesAreReadFromTheNamesSchoolsGiveThem() {
        assertArrayEquals(new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(9, 15)}, BellTimes.of("08:30-09:15"));
        assertArrayEquals(new LocalTime[] {LocalTime.of(8, 30), LocalTime.of(9, 15)}, BellTimes.of("1 (8.30 – 9.15)"));
        assertNull(BellTimes.of("1"));
        assertNull(BellTimes.of("09:15-08:30"), "an end before the start is no time");
        assertNull(BellTimes.of("25:00-26:00"));
        assertEquals(LocalTime.of(8, 30), WorkbookTimetable.clock("8:30"));
        assertEquals(LocalTime.of(8, 30), WorkbookTimetable.clock("0.3541666666666667"), "a spreadsheet time is a fraction of a day");
        assertNull(WorkbookTimetable.clock("half past eight"));
    }

    @Test
    void aWeekBecomesWeeklyEventsWithDoubleLessonsJoinedAndTextEscapedAndFolded() {
        List<PublishedLesson> week = List.of(
                at(DayOfWeek.TUESDAY, 2, "09:20", "10:05", "Физика"), at(DayOfWeek.TUESDAY, 3, "10:20", "11:05", "Физика"),
                at(DayOfWeek.MONDAY, 1, "08:30", "09:15", "Алгебра; геометрия, задачи — повторение пройденного материала за четверть"));
        List<WeekCalendar.Event> events = WeekCalendar.events(week, l -> String.join(", ", l.teachers()));
        assertEquals(2, events.size(), "the double physics lesson is one event");
        assertEquals(LocalTime.of(10, 20).plusMinutes(45), events.get(1).end());

        // from a Wednesday: Monday's lesson starts next Monday, Tuesday's next Tuesday
        String ics = new String(WeekCalendar.write("7А", "tt1-class-x", events, LocalDate.of(2026, 9, 2), LocalDate.of(2027, 5, 31),
                Instant.parse("2026-09-01T00:00:00Z")), StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART:20260907T083000\r\nDTEND:20260907T091500\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20260908T092000\r\nDTEND:20260908T110500\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;UNTIL=20270531T235959\r\n"));
        assertTrue(ics.contains("LOCATION:101\\, Main\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Алгебра\\; геометрия\\, задачи — повторение пройденного материала за четверть\r\n"), unfolded);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        // folding never splits a character: every line is valid UTF-8 on its own
        assertTrue(Arrays.stream(ics.split("\r\n")).allMatch(l -> new String(l.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(l)));
    }
}
