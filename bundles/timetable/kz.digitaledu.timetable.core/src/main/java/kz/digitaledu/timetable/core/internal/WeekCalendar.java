package kz.digitaledu.timetable.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kz.digitaledu.platform.api.timetable.PublishedLesson;

/**
 * A week of lessons as an iCalendar file (RFC 5545) that phones and calendar programs subscribe to or import: one
 * weekly repeating event per lesson (consecutive periods of the same lesson are one event) from {@code from} to
 * {@code until}. Times are "floating" local times, as a school's bells ring by the local clock wherever the reader is.
 * Written by hand on purpose: the format needed is small and fully covered by tests, and an iCalendar library would
 * bring several more bundles into the runtime.
 */
final class WeekCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private WeekCalendar() {
    }

    /** One event: a lesson over one or more consecutive periods of a day. */
    record Event(DayOfWeek day, int firstPeriod, java.time.LocalTime start, java.time.LocalTime end, String subject, String location,
                 String description) {
    }

    /** Joins consecutive periods of the same lesson (same subject, teachers, classes and room) into one event. */
    static List<Event> events(List<PublishedLesson> lessons, java.util.function.Function<PublishedLesson, String> description) {
        List<PublishedLesson> sorted = new ArrayList<>(lessons);
        sorted.sort(Comparator.comparing(PublishedLesson::day).thenComparingInt(PublishedLesson::period));
        List<Event> out = new ArrayList<>();
        PublishedLesson first = null;
        PublishedLesson last = null;
        for (PublishedLesson l : sorted) {
            if (last != null && last.day() == l.day() && last.period() + 1 == l.period() && same(last, l)) {
                last = l;
                continue;
            }
            if (first != null) {
                out.add(event(first, last, description));
            }
            first = l;
            last = l;
        }
        if (first != null) {
            out.add(event(first, last, description));
        }
        return out;
    }

    private static boolean same(PublishedLesson a, PublishedLesson b) {
        return a.subject().equals(b.subject()) && a.teachers().equals(b.teachers()) && a.studentSets().equals(b.studentSets())
                && Objects.equals(a.room(), b.room());
    }

    private static Event event(PublishedLesson first, PublishedLesson last, java.util.function.Function<PublishedLesson, String> description) {
        String location = first.room() == null ? null : first.building() == null ? first.room() : first.room() + ", " + first.building();
        return new Event(first.day(), first.period(), first.start(), last.end(), first.subject(), location, description.apply(first));
    }

    /**
     * The calendar file.
     *
     * @param uidPrefix makes the events' ids unique and stable across downloads of the same week
     */
    static byte[] write(String name, String uidPrefix, List<Event> events, LocalDate from, LocalDate until, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Digital Education//Timetables//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event e : events) {
            LocalDate firstDay = from.with(TemporalAdjusters.nextOrSame(e.day()));
            if (firstDay.isAfter(until)) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uidPrefix + "-" + e.day().getValue() + "-" + e.firstPeriod() + "@digitaledu");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + LOCAL.format(LocalDateTime.of(firstDay, e.start())));
            line(out, "DTEND:" + LOCAL.format(LocalDateTime.of(firstDay, e.end())));
            line(out, "RRULE:FREQ=WEEKLY;UNTIL=" + LOCAL.format(until.atTime(23, 59, 59)));
            line(out, "SUMMARY:" + escape(e.subject()));
            if (e.location() != null) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
