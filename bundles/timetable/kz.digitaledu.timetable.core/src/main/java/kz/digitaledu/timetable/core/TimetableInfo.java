package kz.digitaledu.timetable.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A school timetable without its lessons.
 *
 * @param solving       true while the solver works on it (in this server)
 * @param hardScore     broken hard conditions, weighted (0 when none is broken; null before the first score)
 * @param softScore     soft penalty, weighted (0 is perfect; null before the first score)
 * @param elapsedMillis how long the current or last solve has run
 * @param lessons       lessons in the timetable
 * @param unplaced      lessons without a time (or without a required room)
 * @param pinned        lessons locked in place (the solver does not move them)
 * @param unmappedHard  FET constraint types with weight 100% that the solver does not model (ignored)
 * @param problems      contradictions in the data found before solving, in the caller's language
 */
public record TimetableInfo(long id, long schoolId, String name, TimetableStatus status, boolean solving, Long hardScore,
                            Long softScore, long elapsedMillis, int lessons, int unplaced, int pinned,
                            Map<String, Integer> unmappedHard, List<String> problems, Instant createdAt, Instant updatedAt,
                            LocalDate validFrom, Instant publishedAt) {

    /** True when scored and no hard condition is broken. */
    public boolean feasible() {
        return hardScore != null && hardScore == 0 && unplaced == 0;
    }
}
