package kz.digitaledu.timetable.solver.internal;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;

import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timetable;

/**
 * The room variable is nullable (for lessons that need no room); this filter drops moves that would take the
 * room away from a lesson that needs one, which can only make things worse.
 */
public final class RoomKeepingMoveFilter implements SelectionFilter<Timetable, Move<Timetable>> {

    @Override
    public boolean accept(ScoreDirector<Timetable> scoreDirector, Move<Timetable> move) {
        if (move instanceof ChangeMove<Timetable> change) {
            return !(change.getToPlanningValue() == null && change.getEntity() instanceof Lesson l && l.isNeedsRoom());
        }
        if (move instanceof SwapMove<Timetable> swap && swap.getLeftEntity() instanceof Lesson a
                && swap.getRightEntity() instanceof Lesson b) {
            return !((a.isNeedsRoom() && b.getRoom() == null) || (b.isNeedsRoom() && a.getRoom() == null));
        }
        return true;
    }
}
