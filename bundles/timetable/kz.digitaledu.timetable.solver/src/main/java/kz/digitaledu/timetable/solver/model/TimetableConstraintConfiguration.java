package kz.digitaledu.timetable.solver.model;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The weight of every constraint, which the school can change: a weight may be hard or soft, and zero
 * switches a constraint off. Defaults: 1 hard for hard constraints, 1 soft for soft ones.
 */
@ConstraintConfiguration(constraintPackage = TimetableConstraintConfiguration.CONSTRAINT_PACKAGE)
public class TimetableConstraintConfiguration {

    public static final String CONSTRAINT_PACKAGE = "kz.digitaledu.timetable";

    @ConstraintWeight(ConstraintNames.TEACHER_CONFLICT)
    private HardSoftLongScore teacherConflict = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_CONFLICT)
    private HardSoftLongScore studentsConflict = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_CONFLICT)
    private HardSoftLongScore roomConflict = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_UNAVAILABLE)
    private HardSoftLongScore teacherUnavailable = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_UNAVAILABLE)
    private HardSoftLongScore studentsUnavailable = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_UNAVAILABLE)
    private HardSoftLongScore roomUnavailable = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.OUTSIDE_SHIFT)
    private HardSoftLongScore outsideShift = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_TYPE)
    private HardSoftLongScore roomType = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_CAPACITY)
    private HardSoftLongScore roomCapacity = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_MISSING)
    private HardSoftLongScore roomMissing = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.PAST_END_OF_DAY)
    private HardSoftLongScore pastEndOfDay = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ACROSS_BREAK)
    private HardSoftLongScore acrossBreak = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.MIN_DAYS_HARD)
    private HardSoftLongScore minDaysHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.SAME_START_HARD)
    private HardSoftLongScore sameStartHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.NOT_OVERLAPPING_HARD)
    private HardSoftLongScore notOverlappingHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.START_TIME_HARD)
    private HardSoftLongScore startTimeHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ROOM_HARD)
    private HardSoftLongScore roomHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_DAY_HARD)
    private HardSoftLongScore teacherMaxDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_WEEK)
    private HardSoftLongScore teacherMaxWeek = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_DAY_HARD)
    private HardSoftLongScore studentsMaxDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_WEEK)
    private HardSoftLongScore studentsMaxWeek = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_GAPS_DAY_HARD)
    private HardSoftLongScore teacherMaxGapsDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_GAPS_WEEK_HARD)
    private HardSoftLongScore teacherMaxGapsWeekHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_GAPS_WEEK_HARD)
    private HardSoftLongScore studentsMaxGapsWeekHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TRAVEL_TIME)
    private HardSoftLongScore travelTime = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_BUILDING_CHANGES_HARD)
    private HardSoftLongScore teacherBuildingChangesHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.SUMMATIVE_PER_DAY)
    private HardSoftLongScore summativePerDay = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_DAYS_HARD)
    private HardSoftLongScore teacherMaxDaysHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_EARLY_HARD)
    private HardSoftLongScore studentsEarlyHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.MIN_DAYS_SOFT)
    private HardSoftLongScore minDaysSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.SAME_START_SOFT)
    private HardSoftLongScore sameStartSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.NOT_OVERLAPPING_SOFT)
    private HardSoftLongScore notOverlappingSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.START_TIME_SOFT)
    private HardSoftLongScore startTimeSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.ROOM_SOFT)
    private HardSoftLongScore roomSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_DAY_SOFT)
    private HardSoftLongScore teacherMaxDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_DAY_SOFT)
    private HardSoftLongScore studentsMaxDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_GAPS_DAY_SOFT)
    private HardSoftLongScore teacherMaxGapsDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_GAPS_WEEK_SOFT)
    private HardSoftLongScore teacherMaxGapsWeekSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_GAPS_WEEK_SOFT)
    private HardSoftLongScore studentsMaxGapsWeekSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_BUILDING_CHANGES_SOFT)
    private HardSoftLongScore teacherBuildingChangesSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_DAYS_SOFT)
    private HardSoftLongScore teacherMaxDaysSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_EARLY_SOFT)
    private HardSoftLongScore studentsEarlySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_DAY_OFF)
    private HardSoftLongScore teacherDayOff = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.SUBJECT_SPREAD)
    private HardSoftLongScore subjectSpread = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.EARLY_PERIOD)
    private HardSoftLongScore earlyPeriod = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.LATE_PERIOD)
    private HardSoftLongScore latePeriod = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_GAPS)
    private HardSoftLongScore teacherGaps = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_GAPS)
    private HardSoftLongScore studentsGaps = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MIN_DAY_HARD)
    private HardSoftLongScore teacherMinDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MIN_DAY_SOFT)
    private HardSoftLongScore teacherMinDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_MIN_DAY_HARD)
    private HardSoftLongScore studentsMinDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_MIN_DAY_SOFT)
    private HardSoftLongScore studentsMinDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.CONSECUTIVE_HARD)
    private HardSoftLongScore consecutiveHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.CONSECUTIVE_SOFT)
    private HardSoftLongScore consecutiveSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.GROUPED_HARD)
    private HardSoftLongScore groupedHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.GROUPED_SOFT)
    private HardSoftLongScore groupedSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.SAME_DAY_HARD)
    private HardSoftLongScore sameDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.SAME_DAY_SOFT)
    private HardSoftLongScore sameDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_CONTINUOUS_HARD)
    private HardSoftLongScore teacherMaxContinuousHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MAX_CONTINUOUS_SOFT)
    private HardSoftLongScore teacherMaxContinuousSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_CONTINUOUS_HARD)
    private HardSoftLongScore studentsMaxContinuousHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_MAX_CONTINUOUS_SOFT)
    private HardSoftLongScore studentsMaxContinuousSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.ENDS_DAY_HARD)
    private HardSoftLongScore endsDayHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.ENDS_DAY_SOFT)
    private HardSoftLongScore endsDaySoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.MIN_GAPS_HARD)
    private HardSoftLongScore minGapsHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.MIN_GAPS_SOFT)
    private HardSoftLongScore minGapsSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_MIN_DAYS_HARD)
    private HardSoftLongScore teacherMinDaysHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_MIN_DAYS_SOFT)
    private HardSoftLongScore teacherMinDaysSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.TEACHER_INTERVAL_DAYS_HARD)
    private HardSoftLongScore teacherIntervalDaysHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.TEACHER_INTERVAL_DAYS_SOFT)
    private HardSoftLongScore teacherIntervalDaysSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.STUDENTS_INTERVAL_DAYS_HARD)
    private HardSoftLongScore studentsIntervalDaysHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.STUDENTS_INTERVAL_DAYS_SOFT)
    private HardSoftLongScore studentsIntervalDaysSoft = HardSoftLongScore.ONE_SOFT;
    @ConstraintWeight(ConstraintNames.SLOT_SELECTION_HARD)
    private HardSoftLongScore slotSelectionHard = HardSoftLongScore.ONE_HARD;
    @ConstraintWeight(ConstraintNames.SLOT_SELECTION_SOFT)
    private HardSoftLongScore slotSelectionSoft = HardSoftLongScore.ONE_SOFT;

    /** Current weight of every constraint, by constraint name. */
    public Map<String, HardSoftLongScore> weights() {
        Map<String, HardSoftLongScore> out = new LinkedHashMap<>();
        for (Field f : TimetableConstraintConfiguration.class.getDeclaredFields()) {
            ConstraintWeight w = f.getAnnotation(ConstraintWeight.class);
            if (w != null) {
                try {
                    out.put(w.value(), (HardSoftLongScore) f.get(this));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    public HardSoftLongScore weight(String constraintName) {
        HardSoftLongScore w = weights().get(constraintName);
        if (w == null) {
            throw new IllegalArgumentException("unknown constraint: " + constraintName);
        }
        return w;
    }

    /** Sets one weight (hard or soft, not negative). */
    public TimetableConstraintConfiguration withWeight(String constraintName, HardSoftLongScore weight) {
        if (weight.hardScore() < 0 || weight.softScore() < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        for (Field f : TimetableConstraintConfiguration.class.getDeclaredFields()) {
            ConstraintWeight w = f.getAnnotation(ConstraintWeight.class);
            if (w != null && w.value().equals(constraintName)) {
                try {
                    f.set(this, weight);
                    return this;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("unknown constraint: " + constraintName);
    }

    public TimetableConstraintConfiguration withWeight(TimetableConstraint constraint, HardSoftLongScore weight) {
        return withWeight(constraint.constraintName(), weight);
    }
}
