package kz.digitaledu.timetable.core.internal;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of a period read from its name, as schools name FET's hours: "08:30-09:15", "1 (8.30 – 9.15)". A name
 * without such times gives none: the timetable then has periods but no clock times.
 */
final class BellTimes {
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})");

    private BellTimes() {
    }

    /** {start, end}, or null when the name carries no valid times. */
    static LocalTime[] of(String periodName) {
        if (periodName == null) {
            return null;
        }
        Matcher m = TIMES.matcher(periodName);
        if (!m.find()) {
            return null;
        }
        int h1 = Integer.parseInt(m.group(1));
        int m1 = Integer.parseInt(m.group(2));
        int h2 = Integer.parseInt(m.group(3));
        int m2 = Integer.parseInt(m.group(4));
        if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) {
            return null;
        }
        LocalTime start = LocalTime.of(h1, m1);
        LocalTime end = LocalTime.of(h2, m2);
        return end.isAfter(start) ? new LocalTime[] {start, end} : null;
    }

    /** "HH:MM". */
    static String text(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
