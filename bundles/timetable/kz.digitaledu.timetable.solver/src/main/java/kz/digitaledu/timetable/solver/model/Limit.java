package kz.digitaledu.timetable.solver.model;

/**
 * A numeric limit (for example "at most 6 lessons a day") that is either hard (must hold) or soft
 * (should hold; each unit over the limit costs {@code weight} times the constraint's weight).
 */
public record Limit(int value, boolean hard, int weight) {

    public Limit {
        if (value < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + value);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight must be >= 0: " + weight);
        }
    }

    public static Limit hard(int value) {
        return new Limit(value, true, 1);
    }

    public static Limit soft(int value, int weight) {
        return new Limit(value, false, weight);
    }

    /** Amount by which {@code actual} exceeds this limit, 0 when within. */
    public int excess(int actual) {
        return Math.max(0, actual - value);
    }

    /** The stricter of two limits (hard beats soft, then the lower value); null-safe. */
    public static Limit stricter(Limit a, Limit b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.hard() != b.hard()) {
            return a.hard() ? a : b;
        }
        return a.value() <= b.value() ? a : b;
    }

    /** The stricter of two lower bounds ("at least n"): hard beats soft, then the higher value; null-safe. */
    public static Limit stricterMinimum(Limit a, Limit b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.hard() != b.hard()) {
            return a.hard() ? a : b;
        }
        return a.value() >= b.value() ? a : b;
    }
}
