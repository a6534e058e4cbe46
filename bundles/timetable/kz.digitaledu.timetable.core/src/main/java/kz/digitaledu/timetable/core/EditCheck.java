package kz.digitaledu.timetable.core;

import java.util.List;

/**
 * What a hand edit does or would do: the score before and after and, in the reader's language, every broken condition
 * the moved lessons take part in at their new places.
 *
 * @param allowed   false when the lesson may not have that place at all (outside its possible starts or rooms)
 * @param conflicts the broken conditions involving the moved lessons, hard first
 * @param timetable the timetable after the edit (unchanged for a preview)
 */
public record EditCheck(boolean allowed, long hardBefore, long softBefore, long hardAfter, long softAfter,
                        List<TimetableCheck.Broken> conflicts, TimetableInfo timetable) {

    public long hardDelta() {
        return hardAfter - hardBefore;
    }

    public long softDelta() {
        return softAfter - softBefore;
    }
}
