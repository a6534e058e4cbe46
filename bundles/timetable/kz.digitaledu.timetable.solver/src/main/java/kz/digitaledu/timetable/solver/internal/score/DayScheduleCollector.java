package kz.digitaledu.timetable.solver.internal.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.optaplanner.core.api.function.TriFunction;
import org.optaplanner.core.api.score.stream.bi.BiConstraintCollector;

import kz.digitaledu.timetable.solver.model.Lesson;

/** Collects the lessons of a (person, day) group into a sorted {@link DaySchedule}. */
final class DayScheduleCollector<A> implements BiConstraintCollector<A, Lesson, List<Lesson>, DaySchedule> {

    private static final Comparator<Lesson> ORDER = Comparator.comparingInt(Lesson::getStartPeriod)
            .thenComparing(Lesson::getId);

    @Override
    public Supplier<List<Lesson>> supplier() {
        return ArrayList::new;
    }

    @Override
    public TriFunction<List<Lesson>, A, Lesson, Runnable> accumulator() {
        return (list, a, lesson) -> {
            list.add(lesson);
            return () -> list.remove(lesson);
        };
    }

    @Override
    public Function<List<Lesson>, DaySchedule> finisher() {
        return list -> {
            List<Lesson> copy = new ArrayList<>(list);
            copy.sort(ORDER);
            return new DaySchedule(List.copyOf(copy));
        };
    }

    static <A> BiFunction<A, Lesson, Lesson> second() {
        return (a, l) -> l;
    }
}
