package kz.digitaledu.timetable.solver;

import java.util.concurrent.CompletableFuture;

import kz.digitaledu.timetable.solver.model.Timetable;

/** A running (or finished) solve. */
public interface SolveJob {

    String id();

    /** Stops solving; {@link #result()} then completes with the best solution found so far. */
    void stop();

    boolean isRunning();

    /** The best solution found so far (the input until the first one is found). */
    Timetable bestSoFar();

    /** Completes with the final best solution, or exceptionally when solving failed. */
    CompletableFuture<Timetable> result();
}
