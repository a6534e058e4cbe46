package kz.digitaledu.timetable.solver.internal.osgi;

import java.util.List;
import java.util.function.Consumer;
import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.FeasibilityProblem;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolveProgress;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.TimetableEditor;
import kz.digitaledu.timetable.solver.TimetableSolverService;
import kz.digitaledu.timetable.solver.internal.DefaultTimetableSolverService;
import kz.digitaledu.timetable.solver.model.Timetable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The solver engine as an OSGi service; running solves stop when the bundle stops. */
@Component(service = TimetableSolverService.class)
public class SolverServiceComponent implements TimetableSolverService {
    private final DefaultTimetableSolverService engine = new DefaultTimetableSolverService();

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public SolveJob solve(Timetable problem, SolverOptions options, Consumer<SolveProgress> progress) {
        return engine.solve(problem, options, progress);
    }

    @Override
    public Timetable score(Timetable timetable) {
        return engine.score(timetable);
    }

    @Override
    public List<ConstraintViolation> explain(Timetable timetable) {
        return engine.explain(timetable);
    }

    @Override
    public TimetableEditor edit(Timetable timetable) {
        return engine.edit(timetable);
    }

    @Override
    public List<FeasibilityProblem> check(Timetable problem) {
        return engine.check(problem);
    }
}
