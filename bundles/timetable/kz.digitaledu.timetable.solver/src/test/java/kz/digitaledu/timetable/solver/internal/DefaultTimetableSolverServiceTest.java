package kz.digitaledu.timetable.solver.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolveProgress;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.model.ConstraintNames;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.model.TimetableConstraint;
import kz.digitaledu.timetable.solver.testdata.SmallSchool;

class DefaultTimetableSolverServiceTest {

    private final DefaultTimetableSolverService service = new DefaultTimetableSolverService();

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void solvesSmallSchoolWithoutHardViolationsAndReportsProgress() throws Exception {
        Timetable problem = SmallSchool.create();
        assertEquals(List.of(), service.check(problem));
        List<SolveProgress> events = new CopyOnWriteArrayList<>();
        SolveJob job = service.solve(problem, SolverOptions.of(Duration.ofSeconds(30)).stoppingWhenFeasible(), events::add);
        Timetable best = job.result().get(60, TimeUnit.SECONDS);
        assertEquals(0, best.getScore().hardScore(), () -> service.explain(best).toString());
        assertTrue(best.getScore().isSolutionInitialized());
        assertEquals(0, best.countUnplaced());
        assertFalse(job.isRunning());
        assertFalse(events.isEmpty());
        SolveProgress last = events.get(events.size() - 1);
        assertTrue(last.finished());
        assertTrue(last.feasible());
        // the score the service recalculates agrees with the solver's
        Timetable rescored = service.score(best);
        assertEquals(0, rescored.getScore().hardScore());
        for (ConstraintViolation v : service.explain(best)) {
            assertFalse(v.hard(), v.toString());
        }
        for (Lesson l : best.getLessons()) {
            if ("lab".equals(l.getRequiredRoomType())) {
                assertEquals("lab", l.getRoom().getType());
            }
        }
    }

    @Test
    void stopKeepsBestSolutionAndResumeKeepsPinnedLessons() throws Exception {
        Timetable problem = SmallSchool.create();
        List<SolveProgress> events = new CopyOnWriteArrayList<>();
        SolveJob job = service.solve(problem, SolverOptions.of(Duration.ofMinutes(5)), events::add);
        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().anyMatch(SolveProgress::feasible));
        job.stop();
        Timetable best = job.result().get(30, TimeUnit.SECONDS);
        assertEquals(0, best.getScore().hardScore());
        assertTrue(events.get(events.size() - 1).elapsed().compareTo(Duration.ofMinutes(5)) < 0);

        // pin the first five lessons where they are, unplace the rest, and resume
        Lesson[] pinned = new Lesson[5];
        for (int i = 0; i < best.getLessons().size(); i++) {
            Lesson l = best.getLessons().get(i);
            if (i < 5) {
                l.setPinned(true);
                pinned[i] = l;
            } else {
                l.setTimeslot(null);
                l.setRoom(null);
            }
        }
        var pinnedSlots = java.util.Arrays.stream(pinned).map(Lesson::getTimeslot).toList();
        var pinnedRooms = java.util.Arrays.stream(pinned).map(Lesson::getRoom).toList();
        Timetable resumed = service.solve(best, SolverOptions.of(Duration.ofSeconds(30)).stoppingWhenFeasible(), null)
                .result().get(60, TimeUnit.SECONDS);
        assertEquals(0, resumed.getScore().hardScore());
        for (int i = 0; i < 5; i++) {
            Lesson l = resumed.getLessons().get(i);
            assertTrue(l.isPinned());
            assertSame(pinnedSlots.get(i), l.getTimeslot());
            assertSame(pinnedRooms.get(i), l.getRoom());
        }
    }

    @Test
    void multiThreadedSolvingAlsoFindsFeasibleTimetable() throws Exception {
        Timetable best = service.solve(SmallSchool.create(),
                        SolverOptions.of(Duration.ofSeconds(30)).stoppingWhenFeasible().withMoveThreadCount("2"), null)
                .result().get(60, TimeUnit.SECONDS);
        assertEquals(0, best.getScore().hardScore());
    }

    @Test
    void explainNamesBrokenConstraintsAndSchoolWeightsChangeTheScore() {
        Timetable t = SmallSchool.create();
        Lesson a = t.getLessons().get(0);
        Lesson b = t.getLessons().get(1); // same teacher (math), same class
        a.setTimeslot(t.getTimeslots().get(0));
        a.setRoom(t.getRooms().get(0));
        b.setTimeslot(t.getTimeslots().get(0));
        b.setRoom(t.getRooms().get(0));
        List<ConstraintViolation> violations = service.explain(t);
        assertTrue(violations.stream().anyMatch(v -> v.constraint() == TimetableConstraint.TEACHER_CONFLICT
                && v.lessonIds().containsAll(List.of(a.getId(), b.getId()))), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.constraint() == TimetableConstraint.ROOM_CONFLICT));
        long hard = service.score(t).getScore().hardScore();
        t.getConstraintConfiguration().withWeight(ConstraintNames.TEACHER_CONFLICT, HardSoftLongScore.ofHard(10));
        assertEquals(hard - 9, service.score(t).getScore().hardScore());
        t.getConstraintConfiguration().withWeight(ConstraintNames.TEACHER_CONFLICT, HardSoftLongScore.ZERO);
        assertEquals(hard + 1, service.score(t).getScore().hardScore());
        assertNotNull(violations.get(0).messageKey());
    }

    @Test
    void perTeacherAndPerClassLimitsHoldInSolvedTimetables() throws Exception {
        kz.digitaledu.timetable.solver.testdata.Fixture x = new kz.digitaledu.timetable.solver.testdata.Fixture();
        x.alice.withMaxDaysPerWeek(kz.digitaledu.timetable.solver.model.Limit.hard(1))
                .withMaxGapsPerDay(kz.digitaledu.timetable.solver.model.Limit.hard(0));
        x.c7b.withMaxLessonsPerDay(kz.digitaledu.timetable.solver.model.Limit.hard(1));
        List<Lesson> lessons = List.of(x.lesson(x.alice, x.c7a), x.lesson(x.alice, x.c7b), x.lesson(x.alice, x.c7a),
                x.lesson(x.bob, x.c7b), x.lesson(x.bob, x.c7b), x.lesson(x.bob, x.c7b));
        Timetable problem = new Timetable("limits", x.slots, List.of(x.main, x.annex), List.of(x.r101, x.r102),
                List.of(x.alice, x.bob), List.of(x.c7a, x.c7b), List.of(x.math), lessons, List.of(), null);
        Timetable best = service.solve(problem, SolverOptions.of(Duration.ofSeconds(20)).stoppingWhenFeasible(), null)
                .result().get(60, TimeUnit.SECONDS);
        assertEquals(0, best.getScore().hardScore(), () -> service.explain(best).toString());
        var aliceDays = best.getLessons().stream().filter(l -> l.getTeachers().contains(x.alice))
                .map(l -> l.getTimeslot().getDayIndex()).collect(java.util.stream.Collectors.toSet());
        assertEquals(1, aliceDays.size());
        var alicePeriods = best.getLessons().stream().filter(l -> l.getTeachers().contains(x.alice))
                .mapToInt(l -> l.getTimeslot().getPeriod()).sorted().toArray();
        assertEquals(2, alicePeriods[2] - alicePeriods[0], "no gaps: three consecutive periods");
        var sevenBDays = best.getLessons().stream().filter(l -> l.getGroups().contains(x.c7b))
                .map(l -> l.getTimeslot().getDayIndex()).collect(java.util.stream.Collectors.toSet());
        assertEquals(4, sevenBDays.size(), "7B has at most one lesson a day");
    }
}
