package kz.digitaledu.timetable.core;

/** Where a school timetable stands. */
public enum TimetableStatus {
    /** Being built: imported, solved, changed; not visible outside the Timetables component. */
    DRAFT,
    /** Announced to the school from its first day; the latest published one whose first day has come is in force. */
    PUBLISHED
}
