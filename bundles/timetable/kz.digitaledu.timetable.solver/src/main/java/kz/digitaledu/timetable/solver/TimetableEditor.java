package kz.digitaledu.timetable.solver;

import java.util.List;

import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;

/**
 * Hand editing of one timetable: every change and every "what if" is scored incrementally, so that the conflicts a
 * move would cause are known in milliseconds. Works on the timetable it was opened with (no copy). Not thread-safe:
 * one caller at a time.
 */
public interface TimetableEditor extends AutoCloseable {

    /** The timetable being edited, with its score kept up to date. */
    Timetable timetable();

    long hardScore();

    long softScore();

    /**
     * What placing the lesson at {@code start} in {@code room} would do, without doing it.
     *
     * @param room the room; {@code null} keeps the lesson's room
     */
    EditImpact preview(String lessonId, Timeslot start, Room room);

    /** What exchanging the start times of two lessons (each keeping its room) would do, without doing it. */
    EditImpact previewSwap(String lessonId, String otherLessonId);

    /**
     * The score change for every start the lesson may have, keeping its room: which places are free of new hard
     * conflicts and which cost the least. In the order of the lesson's allowed starts.
     */
    List<SlotFit> fits(String lessonId);

    /** Places the lesson ({@code room} {@code null} keeps its room) and returns what it did. */
    EditImpact move(String lessonId, Timeslot start, Room room);

    /** Exchanges the start times of two lessons, each keeping its room. */
    EditImpact swap(String lessonId, String otherLessonId);

    /** Pins (the solver will not move it) or unpins a lesson. */
    void pin(String lessonId, boolean pinned);

    @Override
    void close();

    /**
     * @param start     the start
     * @param hardDelta change of the hard score (negative: new hard conflicts)
     * @param softDelta change of the soft score
     */
    record SlotFit(Timeslot start, long hardDelta, long softDelta) {
    }
}
