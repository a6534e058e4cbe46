package kz.digitaledu.timetable.solver.internal;

import java.util.List;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.internal.score.TimetableConstraintProvider;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timetable;

/** Programmatic solver configuration (no XML, so no JAXB at run time). */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    public static ScoreDirectorFactoryConfig scoreDirector() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(TimetableConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    /** Configuration for scoring only (no phases run). */
    public static SolverConfig scoring() {
        // the bundle's own class loader, so that OptaPlanner finds the domain classes inside OSGi
        return new SolverConfig(SolverConfigs.class.getClassLoader())
                .withSolutionClass(Timetable.class)
                .withEntityClasses(Lesson.class)
                .withScoreDirectorFactory(scoreDirector());
    }

    public static SolverConfig solving(SolverOptions options) {
        return solving(options, false);
    }

    /**
     * @param jointPlacement place each lesson's time and room together in the construction heuristic (better when
     *                       rooms are scarce; costs time x rooms evaluations per lesson, so only for small problems)
     */
    public static SolverConfig solving(SolverOptions options, boolean jointPlacement) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(options.timeLimit());
        if (options.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedLimit());
        }
        if (options.stopWhenFeasible()) {
            termination.setBestScoreLimit("0hard/*soft");
        }
        SolverConfig config = scoring()
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(termination)
                .withPhases(jointPlacement ? jointConstructionHeuristic() : constructionHeuristic(), localSearch());
        if (options.randomSeed() != null) {
            config.setRandomSeed(options.randomSeed());
        }
        if (!"NONE".equals(options.moveThreadCount())) {
            config.setMoveThreadCount(options.moveThreadCount());
        }
        return config;
    }

    /**
     * Local search: late acceptance (400) over single-variable changes (time or room), swaps of start times (or of
     * time and room) between lessons, and moves of a lesson to a new time and room at once. The system properties
     * {@code kz.digitaledu.timetable.localSearch} (LA, TABU, TABU2, SA, DEFAULT) and {@code ...laSize},
     * {@code ...tabuSize}, {@code ...acceptedCount}, {@code ...saTemperature} are tuning knobs for benchmarks.
     */
    static LocalSearchPhaseConfig localSearch() {
        String type = System.getProperty("kz.digitaledu.timetable.localSearch", "LA");
        List<MoveSelectorConfig> moves = List.of(
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("timeslot")),
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("room"))
                        .withFilterClass(RoomKeepingMoveFilter.class),
                new SwapMoveSelectorConfig().withVariableNameIncludes("timeslot"),
                new SwapMoveSelectorConfig().withFilterClass(RoomKeepingMoveFilter.class),
                // move a lesson to another time and room at once (rooms are often the bottleneck)
                new CartesianProductMoveSelectorConfig(List.of(
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withId("timeAndRoomEntity"))
                                .withValueSelectorConfig(new ValueSelectorConfig("timeslot")),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("timeAndRoomEntity"))
                                .withValueSelectorConfig(new ValueSelectorConfig("room")))));
        LocalSearchPhaseConfig ls = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves));
        switch (type) {
            case "SA" -> ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(
                            System.getProperty("kz.digitaledu.timetable.saTemperature", "2hard/100soft")))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
            case "DEFAULT" -> ls = new LocalSearchPhaseConfig();
            case "LA" -> ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(
                            Integer.getInteger("kz.digitaledu.timetable.laSize", 400)))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
            case "TABU2" -> ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(
                            Integer.getInteger("kz.digitaledu.timetable.tabuSize", 7))
                            .withValueTabuSize(Integer.getInteger("kz.digitaledu.timetable.valueTabuSize", 0) == 0 ? null
                                    : Integer.getInteger("kz.digitaledu.timetable.valueTabuSize")))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(
                            Integer.getInteger("kz.digitaledu.timetable.acceptedCount", 100)));
            case "TABU" -> ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.05).withMoveTabuSize(0))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
            default -> throw new IllegalArgumentException("unknown local search type " + type);
        }
        return ls;
    }

    /** Most difficult lessons first; for each, the best (start slot, room) pair. */
    static ConstructionHeuristicPhaseConfig jointConstructionHeuristic() {
        EntitySelectorConfig entities = new EntitySelectorConfig()
                .withId("placerEntitySelector")
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY);
        MoveSelectorConfig both = new CartesianProductMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("placerEntitySelector"))
                        .withValueSelectorConfig(new ValueSelectorConfig("timeslot")),
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("placerEntitySelector"))
                        .withValueSelectorConfig(new ValueSelectorConfig("room"))));
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(entities)
                .withMoveSelectorConfigList(List.of(both)));
    }

    /** Most difficult lessons first; for each, first the best start slot, then the best room. */
    static ConstructionHeuristicPhaseConfig constructionHeuristic() {
        EntitySelectorConfig entities = new EntitySelectorConfig()
                .withId("placerEntitySelector")
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY);
        List<MoveSelectorConfig> moves = List.of(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("placerEntitySelector"))
                        .withValueSelectorConfig(new ValueSelectorConfig("timeslot")),
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("placerEntitySelector"))
                        .withValueSelectorConfig(new ValueSelectorConfig("room")));
        QueuedEntityPlacerConfig placer = new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(entities)
                .withMoveSelectorConfigList(moves);
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(placer);
    }
}
