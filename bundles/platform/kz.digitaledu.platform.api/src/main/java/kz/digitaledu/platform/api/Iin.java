package kz.digitaledu.platform.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Kazakhstan individual identification number (ЖСН/ИИН): 12 digits, {@code YYMMDD} birth date,
 * a century-and-gender digit, four serial digits and a check digit computed with two weight series.
 */
public final class Iin {
    private static final int[] W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] W2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private Iin() {
    }

    /** Whether {@code iin} is a well-formed IIN with a valid birth date and check digit. */
    public static boolean isValid(String iin) {
        return birthDate(iin).isPresent();
    }

    /** The birth date encoded in a valid IIN, empty when the IIN is not valid. */
    public static Optional<LocalDate> birthDate(String iin) {
        if (iin == null || iin.length() != 12) {
            return Optional.empty();
        }
        int[] d = new int[12];
        for (int i = 0; i < 12; i++) {
            char c = iin.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            d[i] = c - '0';
        }
        if (checkDigit(d) != d[11]) {
            return Optional.empty();
        }
        int century = switch (d[6]) {
            case 1, 2 -> 1800;
            case 3, 4 -> 1900;
            case 5, 6 -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The gender encoded in a valid IIN: odd century digit is male. */
    public static Optional<Gender> gender(String iin) {
        return birthDate(iin).map(d -> (iin.charAt(6) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
    }

    /** The check digit for the first 11 digits; -1 means the number cannot be valid (the 12th digit would be 10). */
    static int checkDigit(int[] d) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * W1[i];
        }
        int control = sum % 11;
        if (control == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += d[i] * W2[i];
            }
            control = sum % 11;
        }
        return control == 10 ? -1 : control;
    }

    /**
     * Builds a valid IIN from a birth date, gender and serial (for demo data and tests), or empty when
     * that serial gives no valid check digit.
     */
    public static Optional<String> of(LocalDate birthDate, Gender gender, int serial) {
        int centuryDigit = switch (birthDate.getYear() / 100) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("year out of range: " + birthDate);
        } + (gender == Gender.FEMALE ? 1 : 0);
        String first = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryDigit, serial % 10000);
        int[] d = new int[12];
        for (int i = 0; i < 11; i++) {
            d[i] = first.charAt(i) - '0';
        }
        int check = checkDigit(d);
        return check < 0 ? Optional.empty() : Optional.of(first + check);
    }
}
