package kz.digitaledu.timetable.solver.model;

import java.util.Objects;

import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;

/**
 * A rule between two lessons: at least {@code minDays} days apart (1 = not on the same day), start at the
 * same time, not overlap, follow one another, be back to back, or be on the same day. Hard, or soft with a weight. Built per pair from a set of lessons.
 */
@DeepPlanningClone
public final class LessonRelation {

    /** Kinds: CONSECUTIVE = second starts right after first ends on the same day; GROUPED = back to back in either order. */
    public enum Kind { MIN_DAYS_BETWEEN, SAME_START, NOT_OVERLAPPING, CONSECUTIVE, GROUPED, SAME_DAY,
        /** On the same day, at least {@code getMinDays()} free periods between them (the field holds the gap). */
        MIN_GAPS }

    private Kind kind;
    private Lesson first;
    private Lesson second;
    private int minDays;
    private boolean hard;
    private int weight;

    /** For the solver's cloning. */
    public LessonRelation() {
    }

    public LessonRelation(Kind kind, Lesson first, Lesson second, int minDays, boolean hard, int weight) {
        this.kind = Objects.requireNonNull(kind);
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
        this.minDays = minDays;
        this.hard = hard;
        this.weight = weight;
    }

    public static LessonRelation minDaysBetween(Lesson a, Lesson b, int minDays, boolean hard, int weight) {
        return new LessonRelation(Kind.MIN_DAYS_BETWEEN, a, b, minDays, hard, weight);
    }

    /** If on the same day, at least {@code gaps} periods between the end of one and the start of the other. */
    public static LessonRelation minGaps(Lesson a, Lesson b, int gaps, boolean hard, int weight) {
        return new LessonRelation(Kind.MIN_GAPS, a, b, gaps, hard, weight);
    }

    public static LessonRelation notSameDay(Lesson a, Lesson b) {
        return minDaysBetween(a, b, 1, true, 1);
    }

    public static LessonRelation sameStart(Lesson a, Lesson b, boolean hard, int weight) {
        return new LessonRelation(Kind.SAME_START, a, b, 0, hard, weight);
    }

    public static LessonRelation notOverlapping(Lesson a, Lesson b, boolean hard, int weight) {
        return new LessonRelation(Kind.NOT_OVERLAPPING, a, b, 0, hard, weight);
    }

    public static LessonRelation of(Kind kind, Lesson a, Lesson b, boolean hard, int weight) {
        return new LessonRelation(kind, a, b, 0, hard, weight);
    }

    public Kind getKind() { return kind; }
    public Lesson getFirst() { return first; }
    public Lesson getSecond() { return second; }
    public int getMinDays() { return minDays; }
    public boolean isHard() { return hard; }
    public int getWeight() { return weight; }

    @Override
    public String toString() {
        return kind + "(" + first.getId() + "," + second.getId() + ")";
    }
}
