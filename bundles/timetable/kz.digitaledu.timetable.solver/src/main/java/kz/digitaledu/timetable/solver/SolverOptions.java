package kz.digitaledu.timetable.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how to solve.
 *
 * @param timeLimit        stop after this time (always set)
 * @param unimprovedLimit  stop when the best score has not improved for this long (null: never)
 * @param stopWhenFeasible stop as soon as no hard constraint is broken
 * @param moveThreadCount  "NONE" (single thread), "AUTO" or a number; more threads help only with spare cores
 * @param randomSeed       null for the solver's default seed
 */
public record SolverOptions(Duration timeLimit, Duration unimprovedLimit, boolean stopWhenFeasible,
                            String moveThreadCount, Long randomSeed) {

    public SolverOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        moveThreadCount = moveThreadCount == null ? "NONE" : moveThreadCount;
        if (!moveThreadCount.equals("NONE") && !moveThreadCount.equals("AUTO") && !moveThreadCount.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("moveThreadCount must be NONE, AUTO or a positive number: " + moveThreadCount);
        }
    }

    public static SolverOptions of(Duration timeLimit) {
        return new SolverOptions(timeLimit, null, false, "NONE", null);
    }

    public SolverOptions stoppingWhenFeasible() {
        return new SolverOptions(timeLimit, unimprovedLimit, true, moveThreadCount, randomSeed);
    }

    public SolverOptions withMoveThreadCount(String count) {
        return new SolverOptions(timeLimit, unimprovedLimit, stopWhenFeasible, count, randomSeed);
    }

    public SolverOptions withUnimprovedLimit(Duration limit) {
        return new SolverOptions(timeLimit, limit, stopWhenFeasible, moveThreadCount, randomSeed);
    }

    public SolverOptions withRandomSeed(Long seed) {
        return new SolverOptions(timeLimit, unimprovedLimit, stopWhenFeasible, moveThreadCount, seed);
    }
}
