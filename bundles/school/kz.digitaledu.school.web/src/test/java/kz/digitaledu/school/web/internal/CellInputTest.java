package kz.digitaledu.school.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kz.digitaledu.school.api.AttendanceStatus;
import org.junit.jupiter.api.Test;

class CellInputTest {

    private static void mark(String raw, String expected) {
        CellInput.Parsed p = CellInput.parse(raw);
        assertEquals(new CellInput.Mark(new BigDecimal(expected)), p, raw);
    }

    private static void attendance(String raw, AttendanceStatus expected) {
        assertEquals(new CellInput.Attendance(expected), CellInput.parse(raw), raw);
    }

    @Test
    void numbersAreMarksLeftForTheServiceToRangeCheck() {
        mark("9", "9");
        mark(" 10 ", "10");
        mark("11", "11");
        mark("0", "0");
        mark("7,5", "7.5");
        mark("7.5", "7.5");
        mark("25", "25");
    }

    @Test
    void lettersOfTheThreeLanguagesAreAttendanceInEitherCase() {
        for (String s : new String[] {"н", "Н", "ж", "Ж", "a", "A", "н/б", "нб"}) {
            attendance(s, AttendanceStatus.ABSENT);
        }
        for (String s : new String[] {"б", "Б", "с", "i", "I"}) {
            attendance(s, AttendanceStatus.ILL);
        }
        for (String s : new String[] {"у", "У", "р", "e", "E"}) {
            attendance(s, AttendanceStatus.EXCUSED);
        }
        for (String s : new String[] {"о", "О", "к", "l", "L"}) {
            attendance(s, AttendanceStatus.LATE);
        }
    }

    @Test
    void emptyOrDashClears() {
        for (String s : new String[] {"", "  ", null, "-", "—"}) {
            assertInstanceOf(CellInput.Clear.class, CellInput.parse(s), String.valueOf(s));
        }
    }

    @Test
    void anythingElseIsInvalidAndKeepsWhatWasTyped() {
        for (String s : new String[] {"x", "9a", "1.234", "1000", "-3", "нн", "5/10", "+"}) {
            assertEquals(new CellInput.Invalid(s), CellInput.parse(s), s);
        }
    }

    @Test
    void everyLetterMeansOneStatusAndEachLanguageShowsItsOwn() {
        Set<String> seen = new HashSet<>();
        CellInput.KEYS.values().forEach(keys -> keys.forEach(k -> assertEquals(true, seen.add(k), "letter used twice: " + k)));
        assertEquals("н", CellInput.letter(AttendanceStatus.ABSENT, Locale.forLanguageTag("ru")));
        assertEquals("ж", CellInput.letter(AttendanceStatus.ABSENT, Locale.forLanguageTag("kk")));
        assertEquals("a", CellInput.letter(AttendanceStatus.ABSENT, Locale.ENGLISH));
        for (AttendanceStatus s : AttendanceStatus.values()) {
            for (String lang : new String[] {"kk", "ru", "en"}) {
                assertEquals(new CellInput.Attendance(s), CellInput.parse(CellInput.letter(s, Locale.forLanguageTag(lang))));
            }
        }
    }

    @Test
    void marksAreShownWithoutTrailingZeros() {
        assertEquals("9", CellInput.format(new BigDecimal("9.00")));
        assertEquals("7.5", CellInput.format(new BigDecimal("7.50")));
        assertEquals("10", CellInput.format(new BigDecimal("10")));
        assertEquals("", CellInput.format(null));
    }
}
