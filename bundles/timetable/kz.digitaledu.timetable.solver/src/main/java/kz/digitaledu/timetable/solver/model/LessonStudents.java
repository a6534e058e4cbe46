package kz.digitaledu.timetable.solver.model;

import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;

/**
 * Derived fact: the atomic student set attends the lesson.
 * Deep-cloned with the solution because it refers to a lesson.
 */
@DeepPlanningClone
public final class LessonStudents {

    private StudentGroup atom;
    private Lesson lesson;

    /** For the solver's cloning. */
    public LessonStudents() {
    }

    public LessonStudents(StudentGroup atom, Lesson lesson) {
        this.atom = atom;
        this.lesson = lesson;
    }

    public StudentGroup atom() {
        return atom;
    }

    public Lesson lesson() {
        return lesson;
    }

    @Override
    public String toString() {
        return atom + "/" + lesson.getId();
    }
}
