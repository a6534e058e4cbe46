package kz.digitaledu.school.api;

/** An attendance mark for one student in one lesson; no mark means present. */
public enum AttendanceStatus {
    ABSENT,
    LATE,
    EXCUSED,
    ILL
}
