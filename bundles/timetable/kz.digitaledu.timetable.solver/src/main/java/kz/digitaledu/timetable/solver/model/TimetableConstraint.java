package kz.digitaledu.timetable.solver.model;

/** Catalogue of the timetable constraints: name, translation key, default level and description. */
public enum TimetableConstraint {
    TEACHER_CONFLICT(ConstraintNames.TEACHER_CONFLICT, "teacherConflict", true,
            "A teacher has two lessons at the same time"),
    STUDENTS_CONFLICT(ConstraintNames.STUDENTS_CONFLICT, "studentsConflict", true,
            "A class or group has two lessons at the same time"),
    ROOM_CONFLICT(ConstraintNames.ROOM_CONFLICT, "roomConflict", true,
            "Two lessons use the same room at the same time"),
    TEACHER_UNAVAILABLE(ConstraintNames.TEACHER_UNAVAILABLE, "teacherUnavailable", true,
            "A lesson is at a time when its teacher is not available"),
    STUDENTS_UNAVAILABLE(ConstraintNames.STUDENTS_UNAVAILABLE, "studentsUnavailable", true,
            "A lesson is at a time when its class or group is not available"),
    ROOM_UNAVAILABLE(ConstraintNames.ROOM_UNAVAILABLE, "roomUnavailable", true,
            "A lesson is in a room at a time when the room is not available"),
    OUTSIDE_SHIFT(ConstraintNames.OUTSIDE_SHIFT, "outsideShift", true,
            "A lesson is outside the shift in which its class studies"),
    ROOM_TYPE(ConstraintNames.ROOM_TYPE, "roomType", true,
            "A lesson is in a room of the wrong type"),
    ROOM_CAPACITY(ConstraintNames.ROOM_CAPACITY, "roomCapacity", true,
            "A lesson has more students than its room holds"),
    ROOM_MISSING(ConstraintNames.ROOM_MISSING, "roomMissing", true,
            "A lesson that needs a room has none"),
    PAST_END_OF_DAY(ConstraintNames.PAST_END_OF_DAY, "pastEndOfDay", true,
            "A double (or longer) lesson does not fit before the end of the day"),
    ACROSS_BREAK(ConstraintNames.ACROSS_BREAK, "acrossBreak", true,
            "A double (or longer) lesson is split by a long break"),
    MIN_DAYS_HARD(ConstraintNames.MIN_DAYS_HARD, "minDaysHard", true,
            "Lessons that must be on different days, or some days apart, are too close"),
    SAME_START_HARD(ConstraintNames.SAME_START_HARD, "sameStartHard", true,
            "Lessons that must start at the same time do not"),
    NOT_OVERLAPPING_HARD(ConstraintNames.NOT_OVERLAPPING_HARD, "notOverlappingHard", true,
            "Lessons that must not overlap do overlap"),
    START_TIME_HARD(ConstraintNames.START_TIME_HARD, "startTimeHard", true,
            "A lesson starts at a time not allowed for it"),
    ROOM_HARD(ConstraintNames.ROOM_HARD, "roomHard", true,
            "A lesson is in a room not allowed for it"),
    TEACHER_MAX_DAY_HARD(ConstraintNames.TEACHER_MAX_DAY_HARD, "teacherMaxDayHard", true,
            "A teacher has more lessons in a day than the limit"),
    TEACHER_MAX_WEEK(ConstraintNames.TEACHER_MAX_WEEK, "teacherMaxWeek", true,
            "A teacher has more lessons in the week than the limit"),
    STUDENTS_MAX_DAY_HARD(ConstraintNames.STUDENTS_MAX_DAY_HARD, "studentsMaxDayHard", true,
            "A class or group has more lessons in a day than the limit"),
    STUDENTS_MAX_WEEK(ConstraintNames.STUDENTS_MAX_WEEK, "studentsMaxWeek", true,
            "A class or group has more lessons in the week than the limit"),
    TEACHER_MAX_GAPS_DAY_HARD(ConstraintNames.TEACHER_MAX_GAPS_DAY_HARD, "teacherMaxGapsDayHard", true,
            "A teacher has more free periods between lessons in a day than the limit"),
    TEACHER_MAX_GAPS_WEEK_HARD(ConstraintNames.TEACHER_MAX_GAPS_WEEK_HARD, "teacherMaxGapsWeekHard", true,
            "A teacher has more free periods between lessons in the week than the limit"),
    STUDENTS_MAX_GAPS_WEEK_HARD(ConstraintNames.STUDENTS_MAX_GAPS_WEEK_HARD, "studentsMaxGapsWeekHard", true,
            "A class or group has more free periods between lessons in the week than the limit"),
    TRAVEL_TIME(ConstraintNames.TRAVEL_TIME, "travelTime", true,
            "The break between two lessons of a teacher is shorter than the walk between their buildings"),
    TEACHER_BUILDING_CHANGES_HARD(ConstraintNames.TEACHER_BUILDING_CHANGES_HARD, "teacherBuildingChangesHard", true,
            "A teacher moves between buildings more often in the week than the limit"),
    SUMMATIVE_PER_DAY(ConstraintNames.SUMMATIVE_PER_DAY, "summativePerDay", true,
            "A class has more summative assessments in one day than the school allows"),
    TEACHER_MAX_DAYS_HARD(ConstraintNames.TEACHER_MAX_DAYS_HARD, "teacherMaxDaysHard", true,
            "A teacher has lessons on more days than the limit"),
    STUDENTS_EARLY_HARD(ConstraintNames.STUDENTS_EARLY_HARD, "studentsEarlyHard", true,
            "A class starts its day later than the first period more often than allowed"),
    MIN_DAYS_SOFT(ConstraintNames.MIN_DAYS_SOFT, "minDaysSoft", false,
            "Lessons that should be some days apart are too close"),
    SAME_START_SOFT(ConstraintNames.SAME_START_SOFT, "sameStartSoft", false,
            "Lessons that should start at the same time do not"),
    NOT_OVERLAPPING_SOFT(ConstraintNames.NOT_OVERLAPPING_SOFT, "notOverlappingSoft", false,
            "Lessons that should not overlap do overlap"),
    START_TIME_SOFT(ConstraintNames.START_TIME_SOFT, "startTimeSoft", false,
            "A lesson starts at a time it should not"),
    ROOM_SOFT(ConstraintNames.ROOM_SOFT, "roomSoft", false,
            "A lesson is not in one of its preferred rooms"),
    TEACHER_MAX_DAY_SOFT(ConstraintNames.TEACHER_MAX_DAY_SOFT, "teacherMaxDaySoft", false,
            "A teacher has more lessons in a day than wished"),
    STUDENTS_MAX_DAY_SOFT(ConstraintNames.STUDENTS_MAX_DAY_SOFT, "studentsMaxDaySoft", false,
            "A class or group has more lessons in a day than wished"),
    TEACHER_MAX_GAPS_DAY_SOFT(ConstraintNames.TEACHER_MAX_GAPS_DAY_SOFT, "teacherMaxGapsDaySoft", false,
            "A teacher has more free periods between lessons in a day than wished"),
    TEACHER_MAX_GAPS_WEEK_SOFT(ConstraintNames.TEACHER_MAX_GAPS_WEEK_SOFT, "teacherMaxGapsWeekSoft", false,
            "A teacher has more free periods between lessons in the week than wished"),
    STUDENTS_MAX_GAPS_WEEK_SOFT(ConstraintNames.STUDENTS_MAX_GAPS_WEEK_SOFT, "studentsMaxGapsWeekSoft", false,
            "A class or group has more free periods between lessons in the week than wished"),
    TEACHER_BUILDING_CHANGES_SOFT(ConstraintNames.TEACHER_BUILDING_CHANGES_SOFT, "teacherBuildingChangesSoft", false,
            "A teacher moves between buildings more often in the week than wished"),
    TEACHER_MAX_DAYS_SOFT(ConstraintNames.TEACHER_MAX_DAYS_SOFT, "teacherMaxDaysSoft", false,
            "A teacher has lessons on more days than wished"),
    STUDENTS_EARLY_SOFT(ConstraintNames.STUDENTS_EARLY_SOFT, "studentsEarlySoft", false,
            "A class starts its day later than the first period more often than wished"),
    TEACHER_DAY_OFF(ConstraintNames.TEACHER_DAY_OFF, "teacherDayOff", false,
            "A teacher has a lesson on a day they prefer to have off"),
    SUBJECT_SPREAD(ConstraintNames.SUBJECT_SPREAD, "subjectSpread", false,
            "A class has the same subject more than once in a day"),
    EARLY_PERIOD(ConstraintNames.EARLY_PERIOD, "earlyPeriod", false,
            "A lesson is in a period marked as too early"),
    LATE_PERIOD(ConstraintNames.LATE_PERIOD, "latePeriod", false,
            "A lesson is in a period marked as too late"),
    TEACHER_GAPS(ConstraintNames.TEACHER_GAPS, "teacherGaps", false,
            "A teacher has free periods between lessons"),
    STUDENTS_GAPS(ConstraintNames.STUDENTS_GAPS, "studentsGaps", false,
            "A class or group has free periods between lessons"),
    TEACHER_MIN_DAY_HARD(ConstraintNames.TEACHER_MIN_DAY_HARD, "teacherMinDayHard", true,
            "A teacher has fewer lessons on a day than the minimum"),
    TEACHER_MIN_DAY_SOFT(ConstraintNames.TEACHER_MIN_DAY_SOFT, "teacherMinDaySoft", false,
            "A teacher has fewer lessons on a day than wished"),
    STUDENTS_MIN_DAY_HARD(ConstraintNames.STUDENTS_MIN_DAY_HARD, "studentsMinDayHard", true,
            "A class or group has fewer lessons in a day than the minimum"),
    STUDENTS_MIN_DAY_SOFT(ConstraintNames.STUDENTS_MIN_DAY_SOFT, "studentsMinDaySoft", false,
            "A class or group has fewer lessons in a day than wished"),
    CONSECUTIVE_HARD(ConstraintNames.CONSECUTIVE_HARD, "consecutiveHard", true,
            "A lesson that must directly follow another does not"),
    CONSECUTIVE_SOFT(ConstraintNames.CONSECUTIVE_SOFT, "consecutiveSoft", false,
            "A lesson that should directly follow another does not"),
    GROUPED_HARD(ConstraintNames.GROUPED_HARD, "groupedHard", true,
            "Lessons that must be back to back on one day are not"),
    GROUPED_SOFT(ConstraintNames.GROUPED_SOFT, "groupedSoft", false,
            "Lessons that should be back to back on one day are not"),
    SAME_DAY_HARD(ConstraintNames.SAME_DAY_HARD, "sameDayHard", true,
            "Lessons that must be on the same day are not"),
    SAME_DAY_SOFT(ConstraintNames.SAME_DAY_SOFT, "sameDaySoft", false,
            "Lessons that should be on the same day are not"),
    TEACHER_MAX_CONTINUOUS_HARD(ConstraintNames.TEACHER_MAX_CONTINUOUS_HARD, "teacherMaxContinuousHard", true,
            "A teacher has more lessons one after another than the limit"),
    TEACHER_MAX_CONTINUOUS_SOFT(ConstraintNames.TEACHER_MAX_CONTINUOUS_SOFT, "teacherMaxContinuousSoft", false,
            "A teacher has more lessons one after another than wished"),
    STUDENTS_MAX_CONTINUOUS_HARD(ConstraintNames.STUDENTS_MAX_CONTINUOUS_HARD, "studentsMaxContinuousHard", true,
            "A class or group has more lessons one after another than the limit"),
    STUDENTS_MAX_CONTINUOUS_SOFT(ConstraintNames.STUDENTS_MAX_CONTINUOUS_SOFT, "studentsMaxContinuousSoft", false,
            "A class or group has more lessons one after another than wished"),
    ENDS_DAY_HARD(ConstraintNames.ENDS_DAY_HARD, "endsDayHard", true,
            "A lesson that must be the last of its class's day is followed by another"),
    ENDS_DAY_SOFT(ConstraintNames.ENDS_DAY_SOFT, "endsDaySoft", false,
            "A lesson that should be the last of its class's day is followed by another"),
    MIN_GAPS_HARD(ConstraintNames.MIN_GAPS_HARD, "minGapsHard", true,
            "Lessons that must be some free periods apart on the same day are too close"),
    MIN_GAPS_SOFT(ConstraintNames.MIN_GAPS_SOFT, "minGapsSoft", false,
            "Lessons that should be some free periods apart on the same day are too close"),
    TEACHER_MIN_DAYS_HARD(ConstraintNames.TEACHER_MIN_DAYS_HARD, "teacherMinDaysHard", true,
            "A teacher has lessons on fewer days than the minimum"),
    TEACHER_MIN_DAYS_SOFT(ConstraintNames.TEACHER_MIN_DAYS_SOFT, "teacherMinDaysSoft", false,
            "A teacher has lessons on fewer days than wished"),
    TEACHER_INTERVAL_DAYS_HARD(ConstraintNames.TEACHER_INTERVAL_DAYS_HARD, "teacherIntervalDaysHard", true,
            "A teacher has lessons in a part of the day (for example the afternoon) on more days than the limit"),
    TEACHER_INTERVAL_DAYS_SOFT(ConstraintNames.TEACHER_INTERVAL_DAYS_SOFT, "teacherIntervalDaysSoft", false,
            "A teacher has lessons in a part of the day (for example the afternoon) on more days than wished"),
    STUDENTS_INTERVAL_DAYS_HARD(ConstraintNames.STUDENTS_INTERVAL_DAYS_HARD, "studentsIntervalDaysHard", true,
            "A class or group has lessons in a part of the day (for example the afternoon) on more days than the limit"),
    STUDENTS_INTERVAL_DAYS_SOFT(ConstraintNames.STUDENTS_INTERVAL_DAYS_SOFT, "studentsIntervalDaysSoft", false,
            "A class or group has lessons in a part of the day (for example the afternoon) on more days than wished"),
    SLOT_SELECTION_HARD(ConstraintNames.SLOT_SELECTION_HARD, "slotSelectionHard", true,
            "A set of lessons occupies more of a chosen set of periods than the limit"),
    SLOT_SELECTION_SOFT(ConstraintNames.SLOT_SELECTION_SOFT, "slotSelectionSoft", false,
            "A set of lessons occupies more of a chosen set of periods than wished");

    private final String constraintName;
    private final String id;
    private final boolean hardByDefault;
    private final String description;

    TimetableConstraint(String constraintName, String id, boolean hardByDefault, String description) {
        this.constraintName = constraintName;
        this.id = id;
        this.hardByDefault = hardByDefault;
        this.description = description;
    }

    /** The OptaPlanner constraint name (plain English words). */
    public String constraintName() { return constraintName; }

    public String id() { return id; }

    /** Key of the translated name in {@code timetable-messages*.properties}. */
    public String messageKey() { return "timetable.constraint." + id; }

    public boolean hardByDefault() { return hardByDefault; }

    public String description() { return description; }

    public static TimetableConstraint byName(String constraintName) {
        for (TimetableConstraint c : values()) {
            if (c.constraintName.equals(constraintName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown constraint: " + constraintName);
    }
}
