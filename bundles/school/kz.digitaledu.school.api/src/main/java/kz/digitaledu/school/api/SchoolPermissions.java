package kz.digitaledu.school.api;

/** The permission ids of the school-management component (declared by its PermissionProvider). */
public final class SchoolPermissions {
    /** Set up the school year, classes, subjects, assignments, timetable and contingent. */
    public static final String STRUCTURE_MANAGE = "school.structure.manage";
    /** See the structure of a school (classes, subjects, assignments, class lists). */
    public static final String STRUCTURE_READ = "school.structure.read";
    /** Read every journal of a school (director, deputies, methodologists, district officers). */
    public static final String JOURNAL_READ_ALL = "school.journal.read_all";
    /** Keep the journals of one's own teaching assignments (and read the journals of one's own class as class teacher). */
    public static final String JOURNAL_KEEP = "school.journal.keep";
    /** Read the diary: a student their own, a parent their children's. */
    public static final String DIARY_READ = "school.diary.read";

    private SchoolPermissions() {
    }
}
