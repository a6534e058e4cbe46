package kz.digitaledu.timetable.solver;

import java.util.List;

/**
 * The effect of a hand edit (or of one considered): the score before and after, and every broken condition the moved
 * lessons take part in afterwards.
 *
 * @param allowed   whether the place is one the lesson may have at all (its allowed starts and rooms); when not, the
 *                  scores are the unchanged ones and nothing else is said
 * @param conflicts the broken conditions involving the moved lessons at their new places, hard first; each lists the
 *                  ids of all the lessons concerned
 */
public record EditImpact(boolean allowed, long hardBefore, long softBefore, long hardAfter, long softAfter,
                         List<ConstraintViolation> conflicts) {

    public long hardDelta() {
        return hardAfter - hardBefore;
    }

    public long softDelta() {
        return softAfter - softBefore;
    }
}
