package kz.digitaledu.timetable.solver.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.FeasibilityProblem;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolveProgress;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.TimetableEditor;
import kz.digitaledu.timetable.solver.TimetableSolverService;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.model.TimetableConstraint;

/**
 * OptaPlanner-backed {@link TimetableSolverService}. One {@link SolverManager} per distinct set of options,
 * created on first use and closed by {@link #close()} (a DS component would call it from {@code @Deactivate}).
 */
public final class DefaultTimetableSolverService implements TimetableSolverService, AutoCloseable {

    private final SolutionManager<Timetable, HardSoftLongScore> solutionManager;
    private final InnerScoreDirectorFactory<Timetable, HardSoftLongScore> scoreDirectorFactory;
    private final FeasibilityChecker feasibilityChecker;
    /** Up to this many (start slot x room) evaluations in total, lessons are placed with time and room together. */
    static final long JOINT_PLACEMENT_LIMIT = 300_000;

    private record ManagerKey(SolverOptions options, boolean jointPlacement) {
    }

    private final Map<ManagerKey, SolverManager<Timetable, String>> managers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public DefaultTimetableSolverService() {
        SolverFactory<Timetable> scoring = withOwnClassLoader(() -> SolverFactory.create(SolverConfigs.scoring()));
        this.solutionManager = withOwnClassLoader(() -> SolutionManager.create(scoring));
        this.scoreDirectorFactory = ((DefaultSolverFactory<Timetable>) scoring).getScoreDirectorFactory();
        this.feasibilityChecker = new FeasibilityChecker();
    }

    @Override
    public SolveJob solve(Timetable problem, SolverOptions options, Consumer<SolveProgress> progress) {
        if (closed) {
            throw new IllegalStateException("solver service closed");
        }
        long evaluations = 0;
        for (Lesson l : problem.getLessons()) {
            evaluations += (long) l.getTimeslotRange().size() * Math.max(1, l.getRoomRange().size());
        }
        SolverManager<Timetable, String> manager = managers.computeIfAbsent(
                new ManagerKey(options, evaluations <= JOINT_PLACEMENT_LIMIT),
                k -> withOwnClassLoader(() -> SolverManager.create(SolverConfigs.solving(k.options(), k.jointPlacement()),
                        new SolverManagerConfig())));
        String id = UUID.randomUUID().toString();
        long start = System.nanoTime();
        AtomicReference<Timetable> best = new AtomicReference<>(problem);
        CompletableFuture<Timetable> result = new CompletableFuture<>();
        Consumer<SolveProgress> listener = progress == null ? p -> { } : progress;
        SolverJob<Timetable, String> job = withOwnClassLoader(() -> manager.solveAndListen(id, pid -> problem,
                s -> {
                    best.set(s);
                    listener.accept(progressOf(id, s, start, false));
                },
                s -> {
                    best.set(s);
                    listener.accept(progressOf(id, s, start, true));
                    result.complete(s);
                },
                (pid, t) -> result.completeExceptionally(t)));
        return new SolveJob() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void stop() {
                job.terminateEarly();
            }

            @Override
            public boolean isRunning() {
                return !result.isDone();
            }

            @Override
            public Timetable bestSoFar() {
                return best.get();
            }

            @Override
            public CompletableFuture<Timetable> result() {
                return result;
            }
        };
    }

    /**
     * OptaPlanner finds its constraint-stream implementation (Bavet) with {@code ServiceLoader.load(Class)}, that is
     * through the thread context class loader; inside OSGi that must be this bundle's class loader.
     */
    static <T> T withOwnClassLoader(java.util.function.Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DefaultTimetableSolverService.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static SolveProgress progressOf(String id, Timetable s, long startNanos, boolean finished) {
        HardSoftLongScore score = s.getScore();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (score == null) {
            return new SolveProgress(id, 0, 0, false, elapsed, finished);
        }
        return new SolveProgress(id, score.hardScore(), score.softScore(), score.isSolutionInitialized(), elapsed, finished);
    }

    @Override
    public Timetable score(Timetable timetable) {
        solutionManager.update(timetable);
        return timetable;
    }

    @Override
    public List<ConstraintViolation> explain(Timetable timetable) {
        ScoreExplanation<Timetable, HardSoftLongScore> explanation = solutionManager.explain(timetable);
        List<ConstraintViolation> out = new ArrayList<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            HardSoftLongScore s = total.getScore();
            if (s.isZero()) {
                continue;
            }
            Set<String> lessons = new LinkedHashSet<>();
            for (ConstraintMatch<HardSoftLongScore> m : total.getConstraintMatchSet()) {
                for (Object o : m.getIndictedObjectList()) {
                    if (o instanceof Lesson l) {
                        lessons.add(l.getId());
                    } else if (o instanceof kz.digitaledu.timetable.solver.model.LessonTeacher lt) {
                        lessons.add(lt.lesson().getId());
                    } else if (o instanceof kz.digitaledu.timetable.solver.model.LessonStudents ls) {
                        lessons.add(ls.lesson().getId());
                    }
                }
            }
            out.add(new ConstraintViolation(TimetableConstraint.byName(total.getConstraintName()),
                    s.hardScore(), s.softScore(), total.getConstraintMatchCount(), List.copyOf(lessons)));
        }
        out.sort(Comparator.comparingLong(ConstraintViolation::hardScore).thenComparingLong(ConstraintViolation::softScore));
        return out;
    }

    @Override
    public TimetableEditor edit(Timetable timetable) {
        return withOwnClassLoader(() -> new DefaultTimetableEditor(timetable, scoreDirectorFactory.buildScoreDirector(false, true)));
    }

    @Override
    public List<FeasibilityProblem> check(Timetable problem) {
        return feasibilityChecker.check(problem);
    }

    @Override
    public void close() {
        closed = true;
        for (SolverManager<Timetable, String> m : managers.values()) {
            m.close();
        }
        managers.clear();
    }
}
