package kz.digitaledu.platform.api.timetable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * One period of one lesson in a published weekly timetable.
 *
 * @param day         the day of the week
 * @param period      the period of the day, counted from 1
 * @param start       when the period starts (null when the school's bell schedule gives no times)
 * @param end         when it ends (null likewise)
 * @param subject     the subject's name as in the timetable
 * @param teachers    the teachers' names as in the timetable
 * @param studentSets the classes or groups of a class that attend (for example "8А" or "8А-1")
 * @param room        the room's name, or null
 * @param building    the room's building, or null
 */
public record PublishedLesson(DayOfWeek day, int period, LocalTime start, LocalTime end, String subject,
                              List<String> teachers, List<String> studentSets, String room, String building) {
    public PublishedLesson {
        teachers = List.copyOf(teachers);
        studentSets = List.copyOf(studentSets);
    }
}
