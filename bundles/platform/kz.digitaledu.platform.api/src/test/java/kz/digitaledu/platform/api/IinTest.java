package kz.digitaledu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void generatedIinsAreValidAndCarryTheirBirthDateAndGender() {
        int checked = 0;
        for (int serial = 0; serial < 200; serial++) {
            var iin = Iin.of(LocalDate.of(2010, 3, 15), Gender.FEMALE, serial);
            if (iin.isEmpty()) {
                continue;
            }
            checked++;
            assertTrue(Iin.isValid(iin.get()), iin.get());
            assertEquals(LocalDate.of(2010, 3, 15), Iin.birthDate(iin.get()).orElseThrow());
            assertEquals(Gender.FEMALE, Iin.gender(iin.get()).orElseThrow());
        }
        assertTrue(checked > 150, "most serials give a valid check digit");
    }

    @Test
    void knownValidIin() {
        // 8th of March 1990, male (century digit 3): check digit computed by hand with weights 1..11.
        // 9,0,0,3,0,8,3,0,0,0,1 -> 9*1+3*4+8*6+3*7+1*11 = 9+12+48+21+11 = 101 -> 101 % 11 = 2
        assertTrue(Iin.isValid("900308300012"));
        assertEquals(LocalDate.of(1990, 3, 8), Iin.birthDate("900308300012").orElseThrow());
        assertEquals(Gender.MALE, Iin.gender("900308300012").orElseThrow());
    }

    @Test
    void rejectsMalformed() {
        assertFalse(Iin.isValid(null));
        assertFalse(Iin.isValid(""));
        assertFalse(Iin.isValid("90030830001"));
        assertFalse(Iin.isValid("9003083000123"));
        assertFalse(Iin.isValid("90030830001a"));
        assertFalse(Iin.isValid("900308300013"), "wrong check digit");
        assertFalse(Iin.isValid("901308300012"), "month 13");
        assertFalse(Iin.isValid("900308900012"), "century digit 9");
    }
}
