package kz.digitaledu.school.web.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.digitaledu.school.api.AttendanceStatus;

/**
 * What a teacher types into a journal cell: a number is a mark (the service checks its range), a letter an attendance
 * mark, nothing clears the cell. The letters are mnemonics of the three languages, accepted whatever the UI language,
 * in either case: absent н (нет), ж (жоқ), a; ill б (болел), с (сырқат), i; excused у (уважительная), р (рұқсатпен),
 * e; late о (опоздал), к (кешікті), l.
 */
final class CellInput {

    /** The result of parsing one cell. */
    sealed interface Parsed permits Mark, Attendance, Clear, Invalid {
    }

    record Mark(BigDecimal value) implements Parsed {
    }

    record Attendance(AttendanceStatus status) implements Parsed {
    }

    record Clear() implements Parsed {
    }

    record Invalid(String raw) implements Parsed {
    }

    /** Accepted letters per status, in the order ru, kk, en. */
    static final Map<AttendanceStatus, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(AttendanceStatus.ABSENT, List.of("н", "ж", "a"));
        KEYS.put(AttendanceStatus.ILL, List.of("б", "с", "i"));
        KEYS.put(AttendanceStatus.EXCUSED, List.of("у", "р", "e"));
        KEYS.put(AttendanceStatus.LATE, List.of("о", "к", "l"));
    }

    private CellInput() {
    }

    static Parsed parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty() || s.equals("-") || s.equals("—")) {
            return new Clear();
        }
        String number = s.replace(',', '.');
        if (number.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return new Mark(new BigDecimal(number));
        }
        String letter = s.toLowerCase(Locale.ROOT);
        if (letter.equals("н/б") || letter.equals("нб")) {
            return new Attendance(AttendanceStatus.ABSENT);
        }
        for (Map.Entry<AttendanceStatus, List<String>> e : KEYS.entrySet()) {
            if (e.getValue().contains(letter)) {
                return new Attendance(e.getKey());
            }
        }
        return new Invalid(s);
    }

    /** The letter shown in the cell for a status in a UI language. */
    static String letter(AttendanceStatus status, Locale locale) {
        List<String> keys = KEYS.get(status);
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "ru" -> keys.get(0);
            case "kk" -> keys.get(1);
            default -> keys.get(2);
        };
    }

    /** A mark as people write it: 9, 7.5 (no trailing zeros). */
    static String format(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
