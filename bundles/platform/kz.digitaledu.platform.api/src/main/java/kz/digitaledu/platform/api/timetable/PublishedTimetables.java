package kz.digitaledu.platform.api.timetable;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The timetables schools have published. Registered by the component that builds timetables (Timetables); used by
 * the components that need a school's week (the journal, substitutions, the diary).
 *
 * <p>No permission check: a published timetable is what the school announces to everyone in it, and callers apply
 * their own access rules to what they derive from it.
 */
public interface PublishedTimetables {

    /** The timetable of the school in force on {@code date} (the latest published whose first day is not after it), or empty. */
    Optional<PublishedTimetable> inForce(long schoolId, LocalDate date);
}
