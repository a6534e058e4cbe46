package kz.digitaledu.timetable.solver.internal.score;

import static kz.digitaledu.timetable.solver.model.ConstraintNames.*;

import java.util.function.Function;
import java.util.function.Predicate;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

import kz.digitaledu.timetable.solver.model.DayIntervalLimit;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.LessonStudents;
import kz.digitaledu.timetable.solver.model.LessonTeacher;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.MinDailyLimit;
import kz.digitaledu.timetable.solver.model.SlotSelectionLimit;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Teacher;

/**
 * All timetable constraints, as Bavet constraint streams. Every constraint's weight comes from
 * {@link kz.digitaledu.timetable.solver.model.TimetableConstraintConfiguration}; the match weight counts
 * violations (periods, pairs, units over a limit, or a per-instance weight for soft preferences).
 */
public final class TimetableConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            teacherConflict(f), studentsConflict(f), roomConflict(f),
            teacherUnavailable(f), studentsUnavailable(f), roomUnavailable(f), outsideShift(f),
            roomType(f), roomCapacity(f), roomMissing(f), pastEndOfDay(f), acrossBreak(f),
            minDays(f, true), minDays(f, false), sameStart(f, true), sameStart(f, false),
            notOverlapping(f, true), notOverlapping(f, false),
            startTime(f, true), startTime(f, false), room(f, true), room(f, false),
            teacherMaxDay(f, true), teacherMaxDay(f, false), teacherMaxWeek(f),
            studentsMaxDay(f, true), studentsMaxDay(f, false), studentsMaxWeek(f),
            teacherMaxGapsDay(f, true), teacherMaxGapsDay(f, false),
            teacherMaxGapsWeek(f, true), teacherMaxGapsWeek(f, false),
            studentsMaxGapsWeek(f, true), studentsMaxGapsWeek(f, false),
            travelTime(f), teacherBuildingChanges(f, true), teacherBuildingChanges(f, false),
            summativePerDay(f), teacherMaxDays(f, true), teacherMaxDays(f, false),
            studentsEarly(f, true), studentsEarly(f, false),
            teacherDayOff(f), subjectSpread(f), earlyPeriod(f), latePeriod(f), teacherGaps(f), studentsGaps(f),
            teacherMinDay(f, true), teacherMinDay(f, false), studentsMinDay(f, true), studentsMinDay(f, false),
            consecutive(f, true), consecutive(f, false), grouped(f, true), grouped(f, false),
            sameDay(f, true), sameDay(f, false),
            teacherMaxContinuous(f, true), teacherMaxContinuous(f, false),
            studentsMaxContinuous(f, true), studentsMaxContinuous(f, false),
            endsStudentsDay(f, true), endsStudentsDay(f, false), minGaps(f, true), minGaps(f, false),
            teacherMinDays(f, true), teacherMinDays(f, false),
            teacherIntervalDays(f, true), teacherIntervalDays(f, false),
            studentsIntervalDays(f, true), studentsIntervalDays(f, false),
            slotSelection(f, true), slotSelection(f, false)
        };
    }

    /**
     * Lessons with a start time. The room variable is nullable (FET activities without a room constraint have
     * none), and {@code forEach} would drop lessons whose room is null, so every stream starts here.
     */
    private static UniConstraintStream<Lesson> placed(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Lesson.class).filter(l -> l.getTimeslot() != null);
    }

    // ---------------------------------------------------------------- conflicts

    Constraint teacherConflict(ConstraintFactory f) {
        return placed(f).join(placed(f),
                        Joiners.equal(Lesson::getDayIndex),
                        Joiners.overlapping(Lesson::getStartPeriod, Lesson::getEndPeriod))
                .filter((a, b) -> a.getId().compareTo(b.getId()) < 0)
                .filter(Lesson::sharesTeacher)
                .penalizeConfigurableLong((a, b) -> (long) a.overlapPeriods(b) * a.sharedTeacherCount(b))
                .asConstraint(TEACHER_CONFLICT);
    }

    Constraint studentsConflict(ConstraintFactory f) {
        return placed(f).join(placed(f),
                        Joiners.equal(Lesson::getDayIndex),
                        Joiners.overlapping(Lesson::getStartPeriod, Lesson::getEndPeriod))
                .filter((a, b) -> a.getId().compareTo(b.getId()) < 0)
                .filter(Lesson::sharesStudents)
                .penalizeConfigurableLong((a, b) -> a.overlapPeriods(b))
                .asConstraint(STUDENTS_CONFLICT);
    }

    Constraint roomConflict(ConstraintFactory f) {
        return placed(f).join(placed(f),
                        Joiners.equal(l -> l.getRoom() == null ? l : l.getRoom()),
                        Joiners.equal(Lesson::getDayIndex),
                        Joiners.overlapping(Lesson::getStartPeriod, Lesson::getEndPeriod))
                .filter((a, b) -> a.getId().compareTo(b.getId()) < 0)
                .filter((a, b) -> a.getRoom() != null)
                .penalizeConfigurableLong((a, b) -> a.overlapPeriods(b))
                .asConstraint(ROOM_CONFLICT);
    }

    // ---------------------------------------------------------------- availability

    Constraint teacherUnavailable(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.teachersUnavailableCount() > 0)
                .penalizeConfigurableLong(Lesson::teachersUnavailableCount)
                .asConstraint(TEACHER_UNAVAILABLE);
    }

    Constraint studentsUnavailable(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.studentsUnavailableCount() > 0)
                .penalizeConfigurableLong(Lesson::studentsUnavailableCount)
                .asConstraint(STUDENTS_UNAVAILABLE);
    }

    Constraint roomUnavailable(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.getRoom() != null && l.countOccupiedIn(l.getRoom().getUnavailable()) > 0)
                .penalizeConfigurableLong(l -> l.countOccupiedIn(l.getRoom().getUnavailable()))
                .asConstraint(ROOM_UNAVAILABLE);
    }

    Constraint outsideShift(ConstraintFactory f) {
        return placed(f)
                .filter(Lesson::outsideShift)
                .penalizeConfigurableLong(Lesson::getDuration)
                .asConstraint(OUTSIDE_SHIFT);
    }

    // ---------------------------------------------------------------- rooms and lesson shape

    Constraint roomType(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.getRoom() != null && l.getRequiredRoomType() != null
                        && !l.getRequiredRoomType().equals(l.getRoom().getType()))
                .penalizeConfigurableLong(Lesson::getDuration)
                .asConstraint(ROOM_TYPE);
    }

    Constraint roomCapacity(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.getRoom() != null && l.getRoom().getCapacity() > 0
                        && l.getStudentCount() > l.getRoom().getCapacity())
                .penalizeConfigurableLong(l -> l.getStudentCount() - l.getRoom().getCapacity())
                .asConstraint(ROOM_CAPACITY);
    }

    Constraint roomMissing(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Lesson.class)
                .filter(l -> l.getTimeslot() != null && l.isNeedsRoom() && l.getRoom() == null)
                .penalizeConfigurableLong(Lesson::getDuration)
                .asConstraint(ROOM_MISSING);
    }

    Constraint pastEndOfDay(ConstraintFactory f) {
        return placed(f)
                .filter(Lesson::runsPastEndOfDay)
                .penalizeConfigurableLong(l -> l.getEndPeriod() - l.getTimeslot().getPeriodsInDay())
                .asConstraint(PAST_END_OF_DAY);
    }

    Constraint acrossBreak(ConstraintFactory f) {
        return placed(f)
                .filter(Lesson::crossesLongBreak)
                .penalizeConfigurableLong(l -> 1L)
                .asConstraint(ACROSS_BREAK);
    }

    // ---------------------------------------------------------------- relations between lessons

    private BiConstraintStream<LessonRelation, Lesson> relationFirst(ConstraintFactory f, LessonRelation.Kind kind, boolean hard) {
        return f.forEach(LessonRelation.class)
                .filter(r -> r.getKind() == kind && r.isHard() == hard)
                .join(placed(f), Joiners.equal(LessonRelation::getFirst, Function.identity()));
    }

    private TriConstraintStream<LessonRelation, Lesson, Lesson> relation(ConstraintFactory f, LessonRelation.Kind kind, boolean hard) {
        return relationFirst(f, kind, hard)
                .join(placed(f), Joiners.equal((r, a) -> r.getSecond(), Function.identity()));
    }

    Constraint minDays(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.MIN_DAYS_BETWEEN, hard)
                .filter((r, a, b) -> Math.abs(a.getDayIndex() - b.getDayIndex()) < r.getMinDays())
                .penalizeConfigurableLong((r, a, b) -> (long) (r.getMinDays() - Math.abs(a.getDayIndex() - b.getDayIndex()))
                        * (hard ? 1 : r.getWeight()))
                .asConstraint(hard ? MIN_DAYS_HARD : MIN_DAYS_SOFT);
    }

    Constraint sameStart(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.SAME_START, hard)
                .filter((r, a, b) -> a.getTimeslot() != b.getTimeslot())
                .penalizeConfigurableLong((r, a, b) -> hard ? 1L : r.getWeight())
                .asConstraint(hard ? SAME_START_HARD : SAME_START_SOFT);
    }

    Constraint notOverlapping(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.NOT_OVERLAPPING, hard)
                .filter((r, a, b) -> a.overlapPeriods(b) > 0)
                .penalizeConfigurableLong((r, a, b) -> (long) a.overlapPeriods(b) * (hard ? 1 : r.getWeight()))
                .asConstraint(hard ? NOT_OVERLAPPING_HARD : NOT_OVERLAPPING_SOFT);
    }

    Constraint startTime(ConstraintFactory f, boolean hard) {
        if (hard) {
            return placed(f)
                    .filter(l -> l.hardStartPreferencesViolated() > 0)
                    .penalizeConfigurableLong(Lesson::hardStartPreferencesViolated)
                    .asConstraint(START_TIME_HARD);
        }
        return placed(f)
                .filter(l -> l.softStartPreferencesPenalty() > 0)
                .penalizeConfigurableLong(Lesson::softStartPreferencesPenalty)
                .asConstraint(START_TIME_SOFT);
    }

    Constraint room(ConstraintFactory f, boolean hard) {
        if (hard) {
            return f.forEachIncludingNullVars(Lesson.class)
                    .filter(l -> l.getTimeslot() != null && l.hardRoomPreferencesViolated() > 0)
                    .penalizeConfigurableLong(Lesson::hardRoomPreferencesViolated)
                    .asConstraint(ROOM_HARD);
        }
        return f.forEachIncludingNullVars(Lesson.class)
                .filter(l -> l.getTimeslot() != null && l.softRoomPreferencesPenalty() > 0)
                .penalizeConfigurableLong(Lesson::softRoomPreferencesPenalty)
                .asConstraint(ROOM_SOFT);
    }

    // ---------------------------------------------------------------- per-day and per-week loads

    /** Per (teacher, day) schedules, only for teachers that {@code relevant} selects (filtering early keeps it fast). */
    private TriConstraintStream<Teacher, Integer, DaySchedule> teacherDays(ConstraintFactory f, Predicate<Teacher> relevant) {
        return f.forEach(LessonTeacher.class)
                .filter(lt -> relevant.test(lt.teacher()))
                .join(placed(f), Joiners.equal(LessonTeacher::lesson, Function.identity()))
                .groupBy((lt, l) -> lt.teacher(), (lt, l) -> l.getDayIndex(), new DayScheduleCollector<>());
    }

    /** Per (atomic student set, day) schedules, only for the atoms that {@code relevant} selects. */
    private TriConstraintStream<StudentGroup, Integer, DaySchedule> studentDays(ConstraintFactory f, Predicate<StudentGroup> relevant) {
        return f.forEach(LessonStudents.class)
                .filter(ls -> relevant.test(ls.atom()))
                .join(placed(f), Joiners.equal(LessonStudents::lesson, Function.identity()))
                .groupBy((ls, l) -> ls.atom(), (ls, l) -> l.getDayIndex(), new DayScheduleCollector<>());
    }

    private static boolean applies(Limit limit, boolean hard) {
        return limit != null && limit.hard() == hard;
    }

    private static long cost(Limit limit, int excess, boolean hard) {
        return hard ? excess : (long) excess * limit.weight();
    }

    Constraint teacherMaxDay(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxLessonsPerDay(), hard))
                .filter((t, d, s) -> t.getMaxLessonsPerDay().excess(s.periods()) > 0)
                .penalizeConfigurableLong((t, d, s) -> cost(t.getMaxLessonsPerDay(), t.getMaxLessonsPerDay().excess(s.periods()), hard))
                .asConstraint(hard ? TEACHER_MAX_DAY_HARD : TEACHER_MAX_DAY_SOFT);
    }

    Constraint teacherMaxWeek(ConstraintFactory f) {
        return f.forEach(LessonTeacher.class)
                .filter(lt -> lt.teacher().getMaxLessonsPerWeek() != null)
                .join(placed(f), Joiners.equal(LessonTeacher::lesson, Function.identity()))
                .groupBy((lt, l) -> lt.teacher(), ConstraintCollectors.sum((lt, l) -> l.getDuration()))
                .filter((t, n) -> t.getMaxLessonsPerWeek().excess(n) > 0)
                .penalizeConfigurableLong((t, n) -> cost(t.getMaxLessonsPerWeek(), t.getMaxLessonsPerWeek().excess(n),
                        t.getMaxLessonsPerWeek().hard()))
                .asConstraint(TEACHER_MAX_WEEK);
    }

    Constraint studentsMaxDay(ConstraintFactory f, boolean hard) {
        return studentDays(f, g -> applies(g.getMaxLessonsPerDay(), hard))
                .filter((g, d, s) -> g.getMaxLessonsPerDay().excess(s.periods()) > 0)
                .penalizeConfigurableLong((g, d, s) -> cost(g.getMaxLessonsPerDay(), g.getMaxLessonsPerDay().excess(s.periods()), hard))
                .asConstraint(hard ? STUDENTS_MAX_DAY_HARD : STUDENTS_MAX_DAY_SOFT);
    }

    Constraint studentsMaxWeek(ConstraintFactory f) {
        return f.forEach(LessonStudents.class)
                .filter(ls -> ls.atom().getMaxLessonsPerWeek() != null)
                .join(placed(f), Joiners.equal(LessonStudents::lesson, Function.identity()))
                .groupBy((ls, l) -> ls.atom(), ConstraintCollectors.sum((ls, l) -> l.getDuration()))
                .filter((g, n) -> g.getMaxLessonsPerWeek().excess(n) > 0)
                .penalizeConfigurableLong((g, n) -> cost(g.getMaxLessonsPerWeek(), g.getMaxLessonsPerWeek().excess(n),
                        g.getMaxLessonsPerWeek().hard()))
                .asConstraint(STUDENTS_MAX_WEEK);
    }

    // ---------------------------------------------------------------- gaps

    Constraint teacherMaxGapsDay(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxGapsPerDay(), hard))
                .filter((t, d, s) -> t.getMaxGapsPerDay().excess(s.gaps(t.getUnavailable())) > 0)
                .penalizeConfigurableLong((t, d, s) -> cost(t.getMaxGapsPerDay(), t.getMaxGapsPerDay().excess(s.gaps(t.getUnavailable())), hard))
                .asConstraint(hard ? TEACHER_MAX_GAPS_DAY_HARD : TEACHER_MAX_GAPS_DAY_SOFT);
    }

    Constraint teacherMaxGapsWeek(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxGapsPerWeek(), hard))
                .groupBy((t, d, s) -> t, ConstraintCollectors.sum((t, d, s) -> s.gaps(t.getUnavailable())))
                .filter((t, gaps) -> t.getMaxGapsPerWeek().excess(gaps) > 0)
                .penalizeConfigurableLong((t, gaps) -> cost(t.getMaxGapsPerWeek(), t.getMaxGapsPerWeek().excess(gaps), hard))
                .asConstraint(hard ? TEACHER_MAX_GAPS_WEEK_HARD : TEACHER_MAX_GAPS_WEEK_SOFT);
    }

    Constraint studentsMaxGapsWeek(ConstraintFactory f, boolean hard) {
        return studentDays(f, g -> applies(g.getMaxGapsPerWeek(), hard))
                .groupBy((g, d, s) -> g, ConstraintCollectors.sum((g, d, s) -> s.gaps(g.getUnavailable())))
                .filter((g, gaps) -> g.getMaxGapsPerWeek().excess(gaps) > 0)
                .penalizeConfigurableLong((g, gaps) -> cost(g.getMaxGapsPerWeek(), g.getMaxGapsPerWeek().excess(gaps), hard))
                .asConstraint(hard ? STUDENTS_MAX_GAPS_WEEK_HARD : STUDENTS_MAX_GAPS_WEEK_SOFT);
    }

    Constraint teacherGaps(ConstraintFactory f) {
        return teacherDays(f, t -> true)
                .filter((t, d, s) -> s.gaps() > 0)
                .penalizeConfigurableLong((t, d, s) -> s.gaps())
                .asConstraint(TEACHER_GAPS);
    }

    Constraint studentsGaps(ConstraintFactory f) {
        return studentDays(f, g -> true)
                .filter((g, d, s) -> s.gaps() > 0)
                .penalizeConfigurableLong((g, d, s) -> s.gaps())
                .asConstraint(STUDENTS_GAPS);
    }

    // ---------------------------------------------------------------- buildings

    Constraint travelTime(ConstraintFactory f) {
        return teacherDays(f, t -> true)
                .filter((t, d, s) -> s.travelShortfallMinutes() > 0)
                .penalizeConfigurableLong((t, d, s) -> s.travelShortfallMinutes())
                .asConstraint(TRAVEL_TIME);
    }

    Constraint teacherBuildingChanges(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxBuildingChangesPerWeek(), hard))
                .groupBy((t, d, s) -> t, ConstraintCollectors.sum((t, d, s) -> s.buildingChanges()))
                .filter((t, n) -> t.getMaxBuildingChangesPerWeek().excess(n) > 0)
                .penalizeConfigurableLong((t, n) -> cost(t.getMaxBuildingChangesPerWeek(),
                        t.getMaxBuildingChangesPerWeek().excess(n), hard))
                .asConstraint(hard ? TEACHER_BUILDING_CHANGES_HARD : TEACHER_BUILDING_CHANGES_SOFT);
    }

    // ---------------------------------------------------------------- assessments, days, early start

    Constraint summativePerDay(ConstraintFactory f) {
        return f.forEach(LessonStudents.class)
                .filter(ls -> ls.lesson().isSummative())
                .join(placed(f), Joiners.equal(LessonStudents::lesson, Function.identity()))
                .groupBy((ls, l) -> ls.atom(), (ls, l) -> l.getDayIndex(), ConstraintCollectors.countBi())
                .filter((g, d, n) -> n > g.getMaxSummativePerDay())
                .penalizeConfigurableLong((g, d, n) -> n - g.getMaxSummativePerDay())
                .asConstraint(SUMMATIVE_PER_DAY);
    }

    Constraint teacherMaxDays(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxDaysPerWeek(), hard))
                .groupBy((t, d, s) -> t, ConstraintCollectors.countTri())
                .filter((t, days) -> t.getMaxDaysPerWeek().excess(days) > 0)
                .penalizeConfigurableLong((t, days) -> cost(t.getMaxDaysPerWeek(), t.getMaxDaysPerWeek().excess(days), hard))
                .asConstraint(hard ? TEACHER_MAX_DAYS_HARD : TEACHER_MAX_DAYS_SOFT);
    }

    /**
     * FET's "students early, max beginnings at second hour": the day must start at the first period, except on at
     * most {@code value} days a week when it may start at the second. As in FET, breaks and periods in which the set
     * is not available do not count before the first lesson (a class not available at 07:00 starts early at 08:00).
     * Cost: periods started later than the second, plus days started at the second over the limit.
     */
    Constraint studentsEarly(ConstraintFactory f, boolean hard) {
        return studentDays(f, g -> applies(g.getEarlyMaxBeginningsAtSecondPeriod(), hard))
                .groupBy((g, d, s) -> g,
                        ConstraintCollectors.sum((g, d, s) -> Math.max(0, s.openPeriodsBefore(g.getUnavailable()) - 1)),
                        ConstraintCollectors.sum((g, d, s) -> s.openPeriodsBefore(g.getUnavailable()) >= 1 ? 1 : 0))
                .filter((g, late, second) -> late + g.getEarlyMaxBeginningsAtSecondPeriod().excess(second) > 0)
                .penalizeConfigurableLong((g, late, second) -> cost(g.getEarlyMaxBeginningsAtSecondPeriod(),
                        late + g.getEarlyMaxBeginningsAtSecondPeriod().excess(second), hard))
                .asConstraint(hard ? STUDENTS_EARLY_HARD : STUDENTS_EARLY_SOFT);
    }

    // ---------------------------------------------------------------- preferences

    Constraint teacherDayOff(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.teachersOnPreferredDayOff() > 0)
                .penalizeConfigurableLong(l -> (long) l.teachersOnPreferredDayOff() * l.getDuration())
                .asConstraint(TEACHER_DAY_OFF);
    }

    Constraint subjectSpread(ConstraintFactory f) {
        return placed(f).join(placed(f),
                        Joiners.equal(Lesson::getSubject),
                        Joiners.equal(Lesson::getDayIndex))
                .filter((a, b) -> a.getId().compareTo(b.getId()) < 0)
                .filter((a, b) -> a.getSubject() != null && a.sharesStudents(b))
                .penalizeConfigurableLong((a, b) -> 1L)
                .asConstraint(SUBJECT_SPREAD);
    }

    Constraint earlyPeriod(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.earlyPeriodCount() > 0)
                .penalizeConfigurableLong(Lesson::earlyPeriodCount)
                .asConstraint(EARLY_PERIOD);
    }

    Constraint latePeriod(ConstraintFactory f) {
        return placed(f)
                .filter(l -> l.latePeriodCount() > 0)
                .penalizeConfigurableLong(Lesson::latePeriodCount)
                .asConstraint(LATE_PERIOD);
    }

    // ---------------------------------------------------------------- minimum daily load

    private static boolean applies(MinDailyLimit limit, boolean hard) {
        return limit != null && limit.hard() == hard;
    }

    Constraint teacherMinDay(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMinLessonsPerDay(), hard))
                .groupBy((t, d, s) -> t,
                        ConstraintCollectors.sum((t, d, s) -> t.getMinLessonsPerDay().deficit(s.periods())),
                        ConstraintCollectors.countTri())
                .filter((t, deficit, days) -> t.getMinLessonsPerDay().weekDeficit(deficit, days) > 0)
                .penalizeConfigurableLong((t, deficit, days) -> (long) t.getMinLessonsPerDay().weekDeficit(deficit, days)
                        * (hard ? 1 : t.getMinLessonsPerDay().weight()))
                .asConstraint(hard ? TEACHER_MIN_DAY_HARD : TEACHER_MIN_DAY_SOFT);
    }

    Constraint studentsMinDay(ConstraintFactory f, boolean hard) {
        return studentDays(f, g -> applies(g.getMinLessonsPerDay(), hard))
                .groupBy((g, d, s) -> g,
                        ConstraintCollectors.sum((g, d, s) -> g.getMinLessonsPerDay().deficit(s.periods())),
                        ConstraintCollectors.countTri())
                .filter((g, deficit, days) -> g.getMinLessonsPerDay().weekDeficit(deficit, days) > 0)
                .penalizeConfigurableLong((g, deficit, days) -> (long) g.getMinLessonsPerDay().weekDeficit(deficit, days)
                        * (hard ? 1 : g.getMinLessonsPerDay().weight()))
                .asConstraint(hard ? STUDENTS_MIN_DAY_HARD : STUDENTS_MIN_DAY_SOFT);
    }

    // ---------------------------------------------------------------- more relations

    Constraint consecutive(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.CONSECUTIVE, hard)
                .filter((r, a, b) -> !a.isDirectlyFollowedBy(b))
                .penalizeConfigurableLong((r, a, b) -> hard ? 1L : r.getWeight())
                .asConstraint(hard ? CONSECUTIVE_HARD : CONSECUTIVE_SOFT);
    }

    Constraint grouped(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.GROUPED, hard)
                .filter((r, a, b) -> !a.isDirectlyFollowedBy(b) && !b.isDirectlyFollowedBy(a))
                .penalizeConfigurableLong((r, a, b) -> hard ? 1L : r.getWeight())
                .asConstraint(hard ? GROUPED_HARD : GROUPED_SOFT);
    }

    Constraint sameDay(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.SAME_DAY, hard)
                .filter((r, a, b) -> a.getDayIndex() != b.getDayIndex())
                .penalizeConfigurableLong((r, a, b) -> hard ? 1L : r.getWeight())
                .asConstraint(hard ? SAME_DAY_HARD : SAME_DAY_SOFT);
    }

    // ---------------------------------------------------------------- lessons in a row

    Constraint teacherMaxContinuous(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMaxContinuous(), hard))
                .filter((t, d, s) -> s.continuousExcess(t.getMaxContinuous().value()) > 0)
                .penalizeConfigurableLong((t, d, s) -> cost(t.getMaxContinuous(), s.continuousExcess(t.getMaxContinuous().value()), hard))
                .asConstraint(hard ? TEACHER_MAX_CONTINUOUS_HARD : TEACHER_MAX_CONTINUOUS_SOFT);
    }

    Constraint studentsMaxContinuous(ConstraintFactory f, boolean hard) {
        return studentDays(f, g -> applies(g.getMaxContinuous(), hard))
                .filter((g, d, s) -> s.continuousExcess(g.getMaxContinuous().value()) > 0)
                .penalizeConfigurableLong((g, d, s) -> cost(g.getMaxContinuous(), s.continuousExcess(g.getMaxContinuous().value()), hard))
                .asConstraint(hard ? STUDENTS_MAX_CONTINUOUS_HARD : STUDENTS_MAX_CONTINUOUS_SOFT);
    }

    // ---------------------------------------------------------------- end of day, gaps between lessons, days, selections

    /**
     * FET's "activity ends students' day": no lesson of any of its students starts after it on that day. Cost: each
     * such later lesson.
     */
    Constraint endsStudentsDay(ConstraintFactory f, boolean hard) {
        return placed(f)
                .filter(l -> applies(l.getEndsStudentsDay(), hard))
                .join(placed(f),
                        Joiners.equal(Lesson::getDayIndex),
                        Joiners.lessThanOrEqual(Lesson::getEndPeriod, Lesson::getStartPeriod))
                .filter((a, b) -> a.sharesStudents(b))
                .penalizeConfigurableLong((a, b) -> hard ? 1L : a.getEndsStudentsDay().weight())
                .asConstraint(hard ? ENDS_DAY_HARD : ENDS_DAY_SOFT);
    }

    /** FET's "min gaps between activities": on the same day, at least n free periods between them. Cost: periods short. */
    Constraint minGaps(ConstraintFactory f, boolean hard) {
        return relation(f, LessonRelation.Kind.MIN_GAPS, hard)
                .filter((r, a, b) -> a.getDayIndex() == b.getDayIndex() && gapBetween(a, b) < r.getMinDays())
                .penalizeConfigurableLong((r, a, b) -> (long) Math.max(1, r.getMinDays() - Math.max(0, gapBetween(a, b)))
                        * (hard ? 1 : r.getWeight()))
                .asConstraint(hard ? MIN_GAPS_HARD : MIN_GAPS_SOFT);
    }

    /** Free periods between two lessons of one day (negative when they overlap). */
    private static int gapBetween(Lesson a, Lesson b) {
        return a.getStartPeriod() <= b.getStartPeriod() ? b.getStartPeriod() - a.getEndPeriod() : a.getStartPeriod() - b.getEndPeriod();
    }

    /** FET's "teacher min days per week". Cost: days short. */
    Constraint teacherMinDays(ConstraintFactory f, boolean hard) {
        return teacherDays(f, t -> applies(t.getMinDaysPerWeek(), hard))
                .groupBy((t, d, s) -> t, ConstraintCollectors.countTri())
                .filter((t, days) -> days < t.getMinDaysPerWeek().value())
                .penalizeConfigurableLong((t, days) -> cost(t.getMinDaysPerWeek(), t.getMinDaysPerWeek().value() - days, hard))
                .asConstraint(hard ? TEACHER_MIN_DAYS_HARD : TEACHER_MIN_DAYS_SOFT);
    }

    /** FET's "teacher interval max days per week": days with a lesson in the part of the day, over the limit. */
    Constraint teacherIntervalDays(ConstraintFactory f, boolean hard) {
        return f.forEach(DayIntervalLimit.class)
                .filter(d -> d.teacher() != null && d.maxDays().hard() == hard)
                .join(LessonTeacher.class, Joiners.equal(DayIntervalLimit::teacher, LessonTeacher::teacher))
                .join(placed(f), Joiners.equal((d, lt) -> lt.lesson(), Function.identity()))
                .filter((d, lt, l) -> d.covers(l))
                .groupBy((d, lt, l) -> d, ConstraintCollectors.countDistinct((d, lt, l) -> l.getDayIndex()))
                .filter((d, days) -> d.maxDays().excess(days) > 0)
                .penalizeConfigurableLong((d, days) -> cost(d.maxDays(), d.maxDays().excess(days), hard))
                .asConstraint(hard ? TEACHER_INTERVAL_DAYS_HARD : TEACHER_INTERVAL_DAYS_SOFT);
    }

    /** FET's "students (set) interval max days per week", per atomic student set. */
    Constraint studentsIntervalDays(ConstraintFactory f, boolean hard) {
        return f.forEach(DayIntervalLimit.class)
                .filter(d -> d.atom() != null && d.maxDays().hard() == hard)
                .join(LessonStudents.class, Joiners.equal(DayIntervalLimit::atom, LessonStudents::atom))
                .join(placed(f), Joiners.equal((d, ls) -> ls.lesson(), Function.identity()))
                .filter((d, ls, l) -> d.covers(l))
                .groupBy((d, ls, l) -> d, ConstraintCollectors.countDistinct((d, ls, l) -> l.getDayIndex()))
                .filter((d, days) -> d.maxDays().excess(days) > 0)
                .penalizeConfigurableLong((d, days) -> cost(d.maxDays(), d.maxDays().excess(days), hard))
                .asConstraint(hard ? STUDENTS_INTERVAL_DAYS_HARD : STUDENTS_INTERVAL_DAYS_SOFT);
    }

    /** FET's "activities occupy max time slots from selection": chosen timeslots taken by the lessons, over the limit. */
    Constraint slotSelection(ConstraintFactory f, boolean hard) {
        return f.forEach(SlotSelectionLimit.class)
                .filter(s -> s.max().hard() == hard)
                .join(placed(f), Joiners.filtering((s, l) -> s.includes(l) && l.countOccupiedIn(s.slots()) > 0))
                .groupBy((s, l) -> s, ConstraintCollectors.toList((s, l) -> l))
                .filter((s, ls) -> s.max().excess(s.occupied(ls)) > 0)
                .penalizeConfigurableLong((s, ls) -> cost(s.max(), s.max().excess(s.occupied(ls)), hard))
                .asConstraint(hard ? SLOT_SELECTION_HARD : SLOT_SELECTION_SOFT);
    }
}
