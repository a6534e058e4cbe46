package kz.digitaledu.timetable.core;

/** The permissions of the Timetables component. */
public final class TimetablePermissions {
    /** Build timetables: import, solve, edit, publish (school administrators, deputy directors, methodologists). */
    public static final String MANAGE = "timetable.manage";
    /** Read the school's published timetable (staff of the school and its district). */
    public static final String VIEW = "timetable.view";

    private TimetablePermissions() {
    }
}
