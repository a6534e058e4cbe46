package kz.digitaledu.platform.api.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A school's weekly timetable as published.
 *
 * @param id          the timetable's id in the component that published it
 * @param schoolId    the school (organisation)
 * @param name        the name the school gave it
 * @param validFrom   the first day it is in force
 * @param publishedAt when it was published
 * @param lessons     every lesson period of the week: a double lesson is two entries
 */
public record PublishedTimetable(long id, long schoolId, String name, LocalDate validFrom, Instant publishedAt,
                                 List<PublishedLesson> lessons) {
    public PublishedTimetable {
        lessons = List.copyOf(lessons);
    }
}
