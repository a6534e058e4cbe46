package kz.digitaledu.timetable.solver.model;

import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;

/**
 * Derived fact: the teacher teaches the lesson (a lesson may have several teachers).
 * Deep-cloned with the solution because it refers to a lesson.
 */
@DeepPlanningClone
public final class LessonTeacher {

    private Teacher teacher;
    private Lesson lesson;

    /** For the solver's cloning. */
    public LessonTeacher() {
    }

    public LessonTeacher(Teacher teacher, Lesson lesson) {
        this.teacher = teacher;
        this.lesson = lesson;
    }

    public Teacher teacher() {
        return teacher;
    }

    public Lesson lesson() {
        return lesson;
    }

    @Override
    public String toString() {
        return teacher + "/" + lesson.getId();
    }
}
