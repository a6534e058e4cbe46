package kz.digitaledu.timetable.solver.fet;

import java.util.List;
import java.util.Map;

import kz.digitaledu.timetable.solver.model.Timetable;

/**
 * An imported .fet file.
 *
 * @param timetable             the problem (with lessons placed and pinned where the file locks them)
 * @param mappedConstraints     FET constraint type -> number of active constraints mapped onto ours
 * @param unmappedConstraints   FET constraint type -> number of active constraints not modelled (ignored)
 * @param unmappedHard          the same, only those with weight 100%
 * @param placedLessons         lessons that got a start time from the file
 * @param pinnedLessons         lessons locked in time (and room) by the file
 * @param warnings              approximations made
 */
public record FetImportResult(Timetable timetable, Map<String, Integer> mappedConstraints,
                              Map<String, Integer> unmappedConstraints, Map<String, Integer> unmappedHard,
                              int placedLessons, int pinnedLessons, List<String> warnings) {

    /** True when every constraint with weight 100% in the file is modelled. */
    public boolean supported() {
        return unmappedHard.isEmpty();
    }
}
