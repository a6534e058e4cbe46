package kz.digitaledu.timetable.solver.model;

/** Plain-word names of the timetable constraints (also the names of their weights). */
public final class ConstraintNames {

    private ConstraintNames() {
    }

    public static final String TEACHER_CONFLICT = "Teacher double-booked";
    public static final String STUDENTS_CONFLICT = "Class or group double-booked";
    public static final String ROOM_CONFLICT = "Room double-booked";
    public static final String TEACHER_UNAVAILABLE = "Teacher not available";
    public static final String STUDENTS_UNAVAILABLE = "Class not available";
    public static final String ROOM_UNAVAILABLE = "Room not available";
    public static final String OUTSIDE_SHIFT = "Lesson outside the class's shift";
    public static final String ROOM_TYPE = "Wrong room type";
    public static final String ROOM_CAPACITY = "Room too small";
    public static final String ROOM_MISSING = "Lesson without a room";
    public static final String PAST_END_OF_DAY = "Multi-period lesson runs past the end of the day";
    public static final String ACROSS_BREAK = "Double lesson across a break";
    public static final String MIN_DAYS_HARD = "Lessons too close in the week (required)";
    public static final String SAME_START_HARD = "Lessons must start together (required)";
    public static final String NOT_OVERLAPPING_HARD = "Lessons must not overlap (required)";
    public static final String START_TIME_HARD = "Lesson outside its allowed start times";
    public static final String ROOM_HARD = "Lesson outside its allowed rooms";
    public static final String TEACHER_MAX_DAY_HARD = "Teacher has too many lessons in a day (limit)";
    public static final String TEACHER_MAX_WEEK = "Teacher has too many lessons in a week";
    public static final String STUDENTS_MAX_DAY_HARD = "Class has too many lessons in a day (limit)";
    public static final String STUDENTS_MAX_WEEK = "Class has too many lessons in a week";
    public static final String TEACHER_MAX_GAPS_DAY_HARD = "Teacher has too many gaps in a day (limit)";
    public static final String TEACHER_MAX_GAPS_WEEK_HARD = "Teacher has too many gaps in a week (limit)";
    public static final String STUDENTS_MAX_GAPS_WEEK_HARD = "Class has too many gaps in a week (limit)";
    public static final String TRAVEL_TIME = "Not enough time to change buildings";
    public static final String TEACHER_BUILDING_CHANGES_HARD = "Teacher changes buildings too often in a week (limit)";
    public static final String SUMMATIVE_PER_DAY = "Too many summative assessments in a day";
    public static final String TEACHER_MAX_DAYS_HARD = "Teacher works too many days (limit)";
    public static final String STUDENTS_EARLY_HARD = "Class day starts late (limit)";
    public static final String MIN_DAYS_SOFT = "Lessons too close in the week";
    public static final String SAME_START_SOFT = "Lessons should start together";
    public static final String NOT_OVERLAPPING_SOFT = "Lessons should not overlap";
    public static final String START_TIME_SOFT = "Lesson outside its preferred start times";
    public static final String ROOM_SOFT = "Lesson outside its preferred rooms";
    public static final String TEACHER_MAX_DAY_SOFT = "Teacher has too many lessons in a day";
    public static final String STUDENTS_MAX_DAY_SOFT = "Class has too many lessons in a day";
    public static final String TEACHER_MAX_GAPS_DAY_SOFT = "Teacher has too many gaps in a day";
    public static final String TEACHER_MAX_GAPS_WEEK_SOFT = "Teacher has too many gaps in a week";
    public static final String STUDENTS_MAX_GAPS_WEEK_SOFT = "Class has too many gaps in a week";
    public static final String TEACHER_BUILDING_CHANGES_SOFT = "Teacher changes buildings too often in a week";
    public static final String TEACHER_MAX_DAYS_SOFT = "Teacher works too many days";
    public static final String STUDENTS_EARLY_SOFT = "Class day starts late";
    public static final String TEACHER_DAY_OFF = "Lesson on a teacher's preferred day off";
    public static final String SUBJECT_SPREAD = "Same subject twice in a day for a class";
    public static final String EARLY_PERIOD = "Lesson in an early period";
    public static final String LATE_PERIOD = "Lesson in a late period";
    public static final String TEACHER_GAPS = "Gaps in a teacher's day";
    public static final String STUDENTS_GAPS = "Gaps in a class's day";
    public static final String TEACHER_MIN_DAY_HARD = "Teacher has too few lessons on a working day (limit)";
    public static final String TEACHER_MIN_DAY_SOFT = "Teacher has too few lessons on a working day";
    public static final String STUDENTS_MIN_DAY_HARD = "Class has too few lessons in a day (limit)";
    public static final String STUDENTS_MIN_DAY_SOFT = "Class has too few lessons in a day";
    public static final String CONSECUTIVE_HARD = "Lessons must follow one another (required)";
    public static final String CONSECUTIVE_SOFT = "Lessons should follow one another";
    public static final String GROUPED_HARD = "Lessons must be back to back (required)";
    public static final String GROUPED_SOFT = "Lessons should be back to back";
    public static final String SAME_DAY_HARD = "Lessons must be on the same day (required)";
    public static final String SAME_DAY_SOFT = "Lessons should be on the same day";
    public static final String TEACHER_MAX_CONTINUOUS_HARD = "Teacher has too many lessons in a row (limit)";
    public static final String TEACHER_MAX_CONTINUOUS_SOFT = "Teacher has too many lessons in a row";
    public static final String STUDENTS_MAX_CONTINUOUS_HARD = "Class has too many lessons in a row (limit)";
    public static final String STUDENTS_MAX_CONTINUOUS_SOFT = "Class has too many lessons in a row";
    public static final String ENDS_DAY_HARD = "Lesson must end its class's day (required)";
    public static final String ENDS_DAY_SOFT = "Lesson should end its class's day";
    public static final String MIN_GAPS_HARD = "Lessons on one day must be some periods apart (required)";
    public static final String MIN_GAPS_SOFT = "Lessons on one day should be some periods apart";
    public static final String TEACHER_MIN_DAYS_HARD = "Teacher teaches on too few days (limit)";
    public static final String TEACHER_MIN_DAYS_SOFT = "Teacher teaches on too few days";
    public static final String TEACHER_INTERVAL_DAYS_HARD = "Teacher has lessons in part of the day on too many days (limit)";
    public static final String TEACHER_INTERVAL_DAYS_SOFT = "Teacher has lessons in part of the day on too many days";
    public static final String STUDENTS_INTERVAL_DAYS_HARD = "Class has lessons in part of the day on too many days (limit)";
    public static final String STUDENTS_INTERVAL_DAYS_SOFT = "Class has lessons in part of the day on too many days";
    public static final String SLOT_SELECTION_HARD = "Lessons occupy too many of the chosen periods (limit)";
    public static final String SLOT_SELECTION_SOFT = "Lessons occupy too many of the chosen periods";
}
