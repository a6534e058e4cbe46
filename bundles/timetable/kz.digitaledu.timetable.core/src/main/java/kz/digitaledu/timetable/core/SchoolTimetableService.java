package kz.digitaledu.timetable.core;

import java.time.LocalDate;
import java.util.List;
import kz.digitaledu.platform.api.timetable.PublishedLesson;

/**
 * A school's timetables: import, solve in the background, follow the progress, stop and resume, publish, export.
 * Everything needs {@link TimetablePermissions#MANAGE} in the school except reading a published timetable, which
 * needs {@link TimetablePermissions#VIEW}. Bad input is refused with a translated error and changes nothing.
 */
public interface SchoolTimetableService {

    /**
     * Imports a FET file as a new draft: the whole file is validated first (line-numbered errors, nothing stored).
     * A file that holds a timetable keeps it (locked lessons stay pinned); when lessons are left without a time and
     * {@code solveSeconds > 0}, solving starts in the background at once.
     */
    TimetableInfo importFet(long schoolId, String name, byte[] fet, int solveSeconds);

    /**
     * Imports the workbook of {@link #workbookTemplate()} (week, rooms, teachers, classes and groups, curriculum) as a
     * new draft: the whole workbook is checked first (errors named by sheet, row and column; nothing stored), then kept
     * as a FET file like any other timetable and, when {@code solveSeconds > 0}, solved at once.
     */
    TimetableInfo importWorkbook(long schoolId, String name, byte[] xlsx, int solveSeconds);

    /** The workbook to fill in for {@link #importWorkbook}, with its column headers and an example row per sheet, in the caller's language. */
    byte[] workbookTemplate();

    /** The school's timetables, newest first. */
    List<TimetableInfo> list(long schoolId);

    TimetableInfo get(long timetableId);

    /** Every lesson period of the week, by day and period (a double lesson is two entries). */
    List<PublishedLesson> lessons(long timetableId);

    /** What the timetable as it stands does not meet, in plain words, hard conditions first, and the lessons without a place. */
    TimetableCheck check(long timetableId);

    /** The lessons of a draft as they are edited by hand: ids, places, possible rooms, pins, and the score. */
    TimetablePlan plan(long timetableId);

    /**
     * What moving a lesson of a draft to {@code day}/{@code period} (its first period, 1-based) would do, without doing
     * it; {@code room} null keeps its room. Answered from an editing session kept in memory: milliseconds.
     */
    EditCheck previewMove(long timetableId, String lessonId, java.time.DayOfWeek day, int period, String room);

    /** What exchanging the times of two lessons of a draft (each keeping its room) would do, without doing it. */
    EditCheck previewSwap(long timetableId, String lessonId, String otherLessonId);

    /** The score change at every start the lesson may have, its room kept. */
    List<SlotFit> fits(long timetableId, String lessonId);

    /**
     * Moves a lesson of a draft and pins it there (a later solve leaves it), even when that breaks conditions: the
     * answer lists them. A place the lesson may not have at all is refused with 422 and changes nothing.
     */
    EditCheck move(long timetableId, String lessonId, java.time.DayOfWeek day, int period, String room);

    /** Exchanges the times of two lessons of a draft and pins both. */
    EditCheck swap(long timetableId, String lessonId, String otherLessonId);

    /** Pins a lesson of a draft where it is, or lets the solver move it again. */
    TimetableInfo pin(long timetableId, String lessonId, boolean pinned);

    /** Starts (or resumes from where it is) solving a draft in the background for at most {@code seconds}. */
    TimetableInfo solve(long timetableId, int seconds);

    /** Stops solving; the best timetable found so far is kept. */
    TimetableInfo stop(long timetableId);

    /** Publishes a draft with no broken hard condition and every lesson placed, in force from {@code validFrom}. */
    TimetableInfo publish(long timetableId, LocalDate validFrom);

    /** The FET input with the timetable locked in, so FET can open, check and continue it. */
    byte[] exportFet(long timetableId);

    /** The activities timetable as {@code fet-cl} writes it. */
    byte[] exportActivities(long timetableId);

    /**
     * The weeks of every class, teacher or room of the timetable (or only {@code name}'s) as a file to print or share:
     * one table per week, periods down and days across, in the caller's language.
     *
     * @param format {@code xlsx} (one sheet per week) or {@code pdf}
     */
    byte[] exportWeeks(long timetableId, Week.Kind kind, String name, String format);

    /**
     * The week of one class, teacher or room as an iCalendar file: each lesson a weekly event from the day the timetable
     * is in force (today for a draft) to {@code until} (default: the 31st of May that ends the school year). Needs the
     * periods' clock times in the timetable (FET hour names such as "08:30-09:15", or the workbook's bells); 422 when it
     * has none.
     */
    byte[] exportCalendar(long timetableId, Week.Kind kind, String name, LocalDate until);
}
