package kz.digitaledu.timetable.solver;

import java.time.Duration;

/** A new best solution was found (or, with {@code finished}, solving ended). */
public record SolveProgress(String jobId, long hardScore, long softScore, boolean initialized, Duration elapsed,
                            boolean finished) {

    public boolean feasible() {
        return initialized && hardScore == 0;
    }
}
