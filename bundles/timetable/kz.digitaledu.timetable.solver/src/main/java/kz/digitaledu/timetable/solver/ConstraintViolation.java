package kz.digitaledu.timetable.solver;

import java.util.List;

import kz.digitaledu.timetable.solver.model.TimetableConstraint;

/**
 * One broken constraint in a timetable: which constraint (with its translation key), its total score impact,
 * how many times it is broken and the ids of the lessons involved.
 */
public record ConstraintViolation(TimetableConstraint constraint, long hardScore, long softScore, int count,
                                  List<String> lessonIds) {

    public String messageKey() {
        return constraint.messageKey();
    }

    public boolean hard() {
        return hardScore < 0;
    }
}
