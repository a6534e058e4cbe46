package kz.digitaledu.timetable.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.digitaledu.timetable.solver.FeasibilityProblem;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.testdata.Fixture;
import kz.digitaledu.timetable.solver.testdata.SmallSchool;

class FeasibilityCheckerTest {

    private final FeasibilityChecker checker = new FeasibilityChecker();
    private final Fixture x = new Fixture();

    private Timetable school(List<Lesson> lessons, List<LessonRelation> relations) {
        return new Timetable("t", x.slots, List.of(x.main, x.annex), List.of(x.r101, x.r102, x.lab),
                List.of(x.alice, x.bob), List.of(x.c7a, x.c7b), List.of(x.math, x.physics), lessons, relations, null);
    }

    private static Set<String> keys(List<FeasibilityProblem> problems) {
        return problems.stream().map(FeasibilityProblem::messageKey).collect(Collectors.toSet());
    }

    @Test
    void feasibleSchoolHasNoProblems() {
        assertEquals(List.of(), checker.check(SmallSchool.create()));
    }

    @Test
    void teacherWithMoreHoursThanAvailablePeriods() {
        for (int d = 0; d < 5; d++) {
            for (int p = 0; p < 3; p++) {
                x.alice.unavailableAt(x.at(d, p).getIndex());
            }
        }
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            lessons.add(x.lesson(x.alice, i % 2 == 0 ? x.c7a : x.c7b));
        }
        List<FeasibilityProblem> problems = checker.check(school(lessons, List.of()));
        FeasibilityProblem p = problems.stream().filter(q -> q.messageKey().equals("timetable.feasibility.teacherOverloaded"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("T1", p.subjectId());
        assertEquals("Teacher Alice must teach 16 periods, but is available for only 15", p.message());
    }

    @Test
    void roomTypeNoRoomHasAndTooBigClass() {
        Lesson gym = x.lesson(x.math, x.bob, x.c7b, 1).requiringRoomType("gym");
        Lesson big = x.lesson(x.math, x.alice, x.c7a, 1);
        Timetable t = new Timetable("t", x.slots, List.of(x.main), List.of(x.lab), List.of(x.alice, x.bob),
                List.of(x.c7a, x.c7b), List.of(x.math), List.of(gym, big), List.of(), null);
        Set<String> keys = keys(checker.check(t));
        assertTrue(keys.contains("timetable.feasibility.noRoomOfType"), keys::toString);
        assertTrue(keys.contains("timetable.feasibility.noRoomBigEnough"), keys::toString);
    }

    @Test
    void weeklyLimitsNoPossibleStartAndImpossibleSpread() {
        x.bob.withMaxLessonsPerWeek(Limit.hard(1));
        x.c7b.unavailableAt(x.slots.stream().mapToInt(s -> s.getIndex()).toArray());
        Lesson a = x.lesson(x.bob, x.c7b);
        Lesson b = x.lesson(x.bob, x.c7a);
        Lesson c = x.lesson(x.alice, x.c7a);
        Set<String> keys = keys(checker.check(school(List.of(a, b, c),
                List.of(LessonRelation.minDaysBetween(b, c, 5, true, 1)))));
        assertTrue(keys.containsAll(Set.of("timetable.feasibility.teacherOverWeeklyLimit",
                "timetable.feasibility.noPossibleStart", "timetable.feasibility.studentsOverloaded",
                "timetable.feasibility.minDaysTooLarge")), keys::toString);
    }
}
