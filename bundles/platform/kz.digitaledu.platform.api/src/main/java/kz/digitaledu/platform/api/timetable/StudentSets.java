package kz.digitaledu.platform.api.timetable;

/**
 * How timetables name the groups of a class: the class's name, a separator, then the group ({@code 8А-1},
 * {@code 8А en}, {@code 8А/2}). One rule for every component that reads a published timetable.
 */
public final class StudentSets {
    /** The characters that may separate a class's name from its group's. */
    public static final String SEPARATORS = " -_/.";

    private StudentSets() {
    }

    /** Whether {@code set} names a group of the class {@code className} (not the class itself). */
    public static boolean isGroupOf(String set, String className) {
        return set.length() > className.length() + 1 && set.startsWith(className) && isSeparator(set.charAt(className.length()));
    }

    public static boolean isSeparator(char c) {
        return SEPARATORS.indexOf(c) >= 0;
    }
}
