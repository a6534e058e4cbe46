package kz.digitaledu.timetable.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.EditImpact;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.TimetableEditor;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.testdata.SmallSchool;

class DefaultTimetableEditorTest {

    private static final DefaultTimetableSolverService SERVICE = new DefaultTimetableSolverService();
    private static Timetable solved;

    @BeforeAll
    static void solve() throws Exception {
        solved = SERVICE.solve(SmallSchool.create(), SolverOptions.of(Duration.ofSeconds(30)).stoppingWhenFeasible().withRandomSeed(7L), null)
                .result().get(60, TimeUnit.SECONDS);
        assertEquals(0, solved.getScore().hardScore());
    }

    @AfterAll
    static void close() {
        SERVICE.close();
    }

    /** A fresh copy of the solved timetable, so that each test edits its own. */
    private static Timetable copy() {
        Timetable t = SmallSchool.create();
        for (int i = 0; i < t.getLessons().size(); i++) {
            Lesson from = solved.getLessons().get(i);
            Lesson to = t.getLessons().get(i);
            to.at(from.getTimeslot() == null ? null : t.getTimeslots().get(from.getTimeslot().getIndex()),
                    from.getRoom() == null ? null : t.getRooms().stream().filter(r -> r.getId().equals(from.getRoom().getId())).findFirst().orElseThrow());
        }
        return t;
    }

    /** Two single lessons of the same class on different starts, both free to take the other's start. */
    private static Lesson[] sameClassPair(Timetable t) {
        for (Lesson a : t.getLessons()) {
            for (Lesson b : t.getLessons()) {
                if (a != b && a.getDuration() == 1 && b.getDuration() == 1 && a.getGroups().equals(b.getGroups())
                        && a.getTimeslot() != b.getTimeslot() && a.getTimeslotRange().contains(b.getTimeslot())
                        && b.getTimeslotRange().contains(a.getTimeslot()) && !a.sharesTeacher(b)) {
                    return new Lesson[] {a, b};
                }
            }
        }
        throw new AssertionError("no pair");
    }

    /** The score OptaPlanner calculates from scratch for the timetable as it now stands. */
    private static long[] fullScore(Timetable t) {
        SERVICE.score(t);
        return new long[] {t.getScore().hardScore(), t.getScore().softScore()};
    }

    @Test
    void previewShowsTheConflictsAMoveWouldCauseAndChangesNothing() {
        Timetable t = copy();
        Lesson[] pair = sameClassPair(t);
        Lesson a = pair[0];
        Lesson b = pair[1];
        Timeslot where = a.getTimeslot();
        Room room = a.getRoom();
        try (TimetableEditor editor = SERVICE.edit(t)) {
            assertEquals(0, editor.hardScore());
            EditImpact impact = editor.preview(a.getId(), b.getTimeslot(), null);
            assertTrue(impact.allowed());
            assertTrue(impact.hardDelta() < 0, impact.toString());
            ConstraintViolation clash = impact.conflicts().get(0);
            assertTrue(clash.hard(), clash.toString());
            assertTrue(clash.lessonIds().containsAll(List.of(a.getId(), b.getId())), clash.toString());
            // nothing moved, the score is the one before
            assertSame(where, a.getTimeslot());
            assertSame(room, a.getRoom());
            assertEquals(0, editor.hardScore());
            assertEquals(0, fullScore(t)[0]);
            // the preview's score is the one a full calculation gives after the same move
            a.setTimeslot(b.getTimeslot());
            assertEquals(impact.hardAfter(), fullScore(t)[0]);
            assertEquals(impact.softAfter(), fullScore(t)[1]);
        }
    }

    @Test
    void fitsScoreEveryAllowedStartLikeAFullCalculation() {
        Timetable t = copy();
        Lesson a = sameClassPair(t)[0];
        Timeslot own = a.getTimeslot();
        List<TimetableEditor.SlotFit> fits;
        long hard;
        long soft;
        try (TimetableEditor editor = SERVICE.edit(t)) {
            hard = editor.hardScore();
            soft = editor.softScore();
            fits = editor.fits(a.getId());
        }
        assertEquals(a.getTimeslotRange().size(), fits.size());
        assertSame(own, a.getTimeslot());
        boolean someConflict = false;
        for (TimetableEditor.SlotFit fit : fits) {
            if (fit.start() == own) {
                assertEquals(0, fit.hardDelta());
                assertEquals(0, fit.softDelta());
            }
            a.setTimeslot(fit.start());
            long[] full = fullScore(t);
            assertEquals(hard + fit.hardDelta(), full[0], fit.start().toString());
            assertEquals(soft + fit.softDelta(), full[1], fit.start().toString());
            someConflict |= fit.hardDelta() < 0;
        }
        assertTrue(someConflict, "a full class has some start where the lesson clashes");
    }

    @Test
    void moveAndSwapChangeTheTimetableAndKeepTheScoreRight() {
        Timetable t = copy();
        Lesson[] pair = sameClassPair(t);
        Lesson a = pair[0];
        Lesson b = pair[1];
        Timeslot ta = a.getTimeslot();
        Timeslot tb = b.getTimeslot();
        try (TimetableEditor editor = SERVICE.edit(t)) {
            EditImpact swap = editor.previewSwap(a.getId(), b.getId());
            assertTrue(swap.allowed());
            assertSame(ta, a.getTimeslot());
            EditImpact done = editor.swap(a.getId(), b.getId());
            assertEquals(swap.hardAfter(), done.hardAfter());
            assertEquals(swap.softAfter(), done.softAfter());
            assertSame(tb, a.getTimeslot());
            assertSame(ta, b.getTimeslot());
            assertEquals(editor.hardScore(), fullScore(t)[0]);
            assertEquals(editor.softScore(), fullScore(t)[1]);

            // move a onto b's (new) start: the class is double-booked, and the editor's score says so
            EditImpact moved = editor.move(a.getId(), b.getTimeslot(), null);
            assertTrue(moved.hardAfter() < 0);
            assertSame(b.getTimeslot(), a.getTimeslot());
            assertEquals(editor.hardScore(), fullScore(t)[0]);
            assertEquals(editor.softScore(), fullScore(t)[1]);

            editor.pin(a.getId(), true);
            assertTrue(a.isPinned());
            editor.pin(a.getId(), false);
            assertFalse(a.isPinned());
        }
    }

    @Test
    void aPlaceTheLessonMayNotHaveIsRefusedAndChangesNothing() {
        Timetable t = copy();
        Lesson dbl = t.getLessons().stream().filter(l -> l.getDuration() == 2).findFirst().orElseThrow();
        Timeslot notAllowed = t.getTimeslots().stream().filter(s -> !dbl.getTimeslotRange().contains(s)).findFirst().orElseThrow();
        Room notAllowedRoom = t.getRooms().stream().filter(r -> !dbl.getRoomRange().contains(r)).findFirst().orElse(null);
        Timeslot where = dbl.getTimeslot();
        try (TimetableEditor editor = SERVICE.edit(t)) {
            long hard = editor.hardScore();
            EditImpact impact = editor.move(dbl.getId(), notAllowed, null);
            assertFalse(impact.allowed());
            assertSame(where, dbl.getTimeslot());
            assertEquals(hard, editor.hardScore());
            if (notAllowedRoom != null) {
                assertFalse(editor.preview(dbl.getId(), where, notAllowedRoom).allowed());
            }
            assertFalse(editor.previewSwap(dbl.getId(), dbl.getId()).allowed());
        }
        assertNotNull(where);
    }
}
