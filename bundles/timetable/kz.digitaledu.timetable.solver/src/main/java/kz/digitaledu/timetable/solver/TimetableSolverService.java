package kz.digitaledu.timetable.solver;

import java.util.List;
import java.util.function.Consumer;

import kz.digitaledu.timetable.solver.model.Timetable;

/** Builds and checks timetables. Implementations are thread-safe. */
public interface TimetableSolverService {

    /**
     * Starts solving asynchronously. Pinned lessons keep their place; lessons already placed are improved from
     * where they are (so a stopped solve can be resumed with its best solution).
     *
     * @param progress called with every new best solution and once at the end (on a solver thread)
     */
    SolveJob solve(Timetable problem, SolverOptions options, Consumer<SolveProgress> progress);

    /** Calculates the score of the timetable as it is and sets it. */
    Timetable score(Timetable timetable);

    /** Every broken constraint, worst first. */
    List<ConstraintViolation> explain(Timetable timetable);

    /**
     * Opens a hand-editing session on the timetable (scored at once; the object itself is edited, not a copy).
     * Close it when done.
     */
    TimetableEditor edit(Timetable timetable);

    /** Contradictions in the data that make a timetable impossible, found without solving. */
    List<FeasibilityProblem> check(Timetable problem);
}
