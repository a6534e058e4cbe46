package kz.digitaledu.platform.core.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises e-mail addresses and mobile numbers; {@code null} means blank or not valid. */
final class ContactRules {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private ContactRules() {
    }

    /** The address in lower-case domain, or null when blank or malformed (one @, a dotted domain, at most 254 characters). */
    static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        int at = s.indexOf('@');
        if (s.length() > 254 || at < 1 || at != s.lastIndexOf('@') || at > 64) {
            return null;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches()) {
            return null;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].length() < 2) {
            return null;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return local + "@" + domain;
    }

    /**
     * The number in E.164 (+77012345678), or null when blank or not a valid number. Spaces, dashes, dots and brackets
     * are ignored; Kazakhstan's domestic "8 701 …" becomes +7 701 …; numbers of Kazakhstan and Russia (+7) have ten
     * digits after the country code.
     */
    static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("[\\s().-]", "");
        if (s.length() == 11 && s.startsWith("8") && s.chars().allMatch(Character::isDigit)) {
            s = "+7" + s.substring(1);
        }
        if (!E164.matcher(s).matches()) {
            return null;
        }
        if (s.startsWith("+7") && s.length() != 12) {
            return null;
        }
        return s;
    }
}
