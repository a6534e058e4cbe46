package kz.digitaledu.timetable.solver.model;

import java.util.Comparator;

/** Ascending difficulty: lessons with fewer allowed start slots, longer duration and more people are harder. */
public final class LessonDifficultyComparator implements Comparator<Lesson> {

    private static final Comparator<Lesson> ORDER = Comparator
            .comparingInt((Lesson l) -> -l.getTimeslotRange().size())
            .thenComparingInt(Lesson::getDuration)
            .thenComparingInt(l -> l.getTeachers().size() + l.getAtoms().size())
            .thenComparingInt(l -> -l.getRoomRange().size())
            .thenComparing(Lesson::getId);

    @Override
    public int compare(Lesson a, Lesson b) {
        return ORDER.compare(a, b);
    }
}
