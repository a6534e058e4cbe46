package kz.digitaledu.timetable.solver.internal.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import kz.digitaledu.timetable.solver.model.DayIntervalLimit;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.MinDailyLimit;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.RoomPreference;
import kz.digitaledu.timetable.solver.model.SlotSelectionLimit;
import kz.digitaledu.timetable.solver.model.StartPreference;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.testdata.Fixture;

class TimetableConstraintProviderTest {

    private final ConstraintVerifier<TimetableConstraintProvider, Timetable> verifier =
            ConstraintVerifier.build(new TimetableConstraintProvider(), Timetable.class, Lesson.class);
    private final Fixture x = new Fixture();

    /** Lessons plus the derived facts the per-person constraints join on. */
    private static Object[] facts(Object... objects) {
        List<Object> out = new ArrayList<>(List.of(objects));
        List<Lesson> lessons = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof Lesson l) {
                lessons.add(l);
            }
        }
        out.addAll(Timetable.lessonTeachersOf(lessons));
        out.addAll(Timetable.lessonStudentsOf(lessons));
        return out.toArray();
    }

    @Test
    void teacherConflict() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson b = x.placed(x.alice, x.c7b, 0, 0, x.r102);
        Lesson c = x.placed(x.alice, x.c7b, 0, 1, x.r102);
        verifier.verifyThat(TimetableConstraintProvider::teacherConflict).given(facts(a, b)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::teacherConflict).given(facts(a, c)).penalizesBy(0);
        Lesson dbl = x.lesson(x.math, x.alice, x.c7b, 2).at(x.at(0, 0), x.r102);
        verifier.verifyThat(TimetableConstraintProvider::teacherConflict).given(facts(dbl, c)).penalizesBy(1);
        // lessons without a room (nullable variable) still count
        Lesson noRoom1 = x.lesson(x.alice, x.c7a).withoutRoom().at(x.at(2, 0), null);
        Lesson noRoom2 = x.lesson(x.alice, x.c7b).withoutRoom().at(x.at(2, 0), null);
        verifier.verifyThat(TimetableConstraintProvider::teacherConflict).given(facts(noRoom1, noRoom2)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::studentsConflict).given(facts(noRoom1,
                x.lesson(x.bob, x.g7a1).withoutRoom().at(x.at(2, 0), null))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, true)).given(facts(noRoom1)).penalizesBy(0);
        x.alice.withMaxLessonsPerDay(Limit.hard(1));
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, true)).given(facts(noRoom1, noRoom2)).penalizesBy(1);
    }

    @Test
    void studentsConflictUsesAtoms() {
        Lesson whole = x.placed(x.bob, x.c7a, 0, 0, x.r101);
        Lesson group1 = x.placed(x.alice, x.g7a1, 0, 0, x.r102);
        Lesson group2 = x.placed(x.alice, x.g7a2, 0, 1, x.r102);
        Lesson otherClass = x.placed(x.alice, x.c7b, 0, 0, x.lab);
        verifier.verifyThat(TimetableConstraintProvider::studentsConflict).given(facts(whole, group1)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::studentsConflict).given(facts(whole, otherClass, group2)).penalizesBy(0);
        Lesson g1 = x.placed(x.alice, x.g7a1, 1, 0, x.r101);
        Lesson g2 = x.placed(x.bob, x.g7a2, 1, 0, x.r102);
        verifier.verifyThat(TimetableConstraintProvider::studentsConflict).given(facts(g1, g2)).penalizesBy(0);
    }

    @Test
    void roomConflict() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson b = x.placed(x.bob, x.c7b, 0, 0, x.r101);
        Lesson c = x.placed(x.bob, x.c7b, 0, 0, x.r102);
        verifier.verifyThat(TimetableConstraintProvider::roomConflict).given(facts(a, b)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::roomConflict).given(facts(a, c)).penalizesBy(0);
        Lesson noRoom1 = x.lesson(x.alice, x.c7a).withoutRoom().at(x.at(1, 0), null);
        Lesson noRoom2 = x.lesson(x.bob, x.c7b).withoutRoom().at(x.at(1, 0), null);
        verifier.verifyThat(TimetableConstraintProvider::roomConflict).given(facts(noRoom1, noRoom2)).penalizesBy(0);
    }

    @Test
    void teacherUnavailable() {
        x.alice.unavailableAt(x.at(0, 1).getIndex());
        Lesson dbl = x.lesson(x.math, x.alice, x.c7a, 2).at(x.at(0, 0), x.r101);
        verifier.verifyThat(TimetableConstraintProvider::teacherUnavailable).given(facts(dbl)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::teacherUnavailable)
                .given(facts(x.placed(x.alice, x.c7a, 0, 2, x.r101))).penalizesBy(0);
    }

    @Test
    void studentsUnavailableIsInheritedByGroups() {
        x.c7a.unavailableAt(x.at(2, 5).getIndex()).propagateToAtoms();
        verifier.verifyThat(TimetableConstraintProvider::studentsUnavailable)
                .given(facts(x.placed(x.alice, x.g7a1, 2, 5, x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::studentsUnavailable)
                .given(facts(x.placed(x.alice, x.g7a1, 2, 4, x.r101))).penalizesBy(0);
    }

    @Test
    void roomUnavailable() {
        x.r101.unavailableAt(x.at(1, 1).getIndex());
        verifier.verifyThat(TimetableConstraintProvider::roomUnavailable)
                .given(facts(x.placed(x.alice, x.c7a, 1, 1, x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::roomUnavailable)
                .given(facts(x.placed(x.alice, x.c7a, 1, 1, x.r102))).penalizesBy(0);
    }

    @Test
    void outsideShift() {
        x.c7b.inShift(2);
        verifier.verifyThat(TimetableConstraintProvider::outsideShift)
                .given(facts(x.placed(x.alice, x.c7b, 0, 0, x.r101))).penalizesBy(1);
        x.c7b.inShift(1);
        verifier.verifyThat(TimetableConstraintProvider::outsideShift)
                .given(facts(x.placed(x.alice, x.c7b, 0, 0, x.r101))).penalizesBy(0);
    }

    @Test
    void roomType() {
        Lesson chem = x.lesson(x.physics, x.alice, x.g7a1, 1).requiringRoomType("lab");
        verifier.verifyThat(TimetableConstraintProvider::roomType).given(facts(chem.at(x.at(0, 0), x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::roomType).given(facts(chem.at(x.at(0, 0), x.lab))).penalizesBy(0);
    }

    @Test
    void roomCapacity() {
        verifier.verifyThat(TimetableConstraintProvider::roomCapacity)
                .given(facts(x.placed(x.alice, x.c7a, 0, 0, x.lab))).penalizesBy(5);
        verifier.verifyThat(TimetableConstraintProvider::roomCapacity)
                .given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.lab))).penalizesBy(0);
    }

    @Test
    void roomMissing() {
        verifier.verifyThat(TimetableConstraintProvider::roomMissing)
                .given(facts(x.lesson(x.alice, x.c7a).at(x.at(0, 0), null))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::roomMissing)
                .given(facts(x.lesson(x.alice, x.c7a).withoutRoom().at(x.at(0, 0), null))).penalizesBy(0);
    }

    @Test
    void doubleLessonPastEndOfDay() {
        Lesson dbl = x.lesson(x.math, x.alice, x.c7a, 2);
        verifier.verifyThat(TimetableConstraintProvider::pastEndOfDay).given(facts(dbl.at(x.at(0, 5), x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::pastEndOfDay).given(facts(dbl.at(x.at(0, 4), x.r101))).penalizesBy(0);
    }

    @Test
    void doubleLessonAcrossLongBreak() {
        Lesson dbl = x.lesson(x.math, x.alice, x.c7a, 2);
        // 30-minute break after the 3rd period (index 2)
        verifier.verifyThat(TimetableConstraintProvider::acrossBreak).given(facts(dbl.at(x.at(0, 2), x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::acrossBreak).given(facts(dbl.at(x.at(0, 3), x.r101))).penalizesBy(0);
    }

    @Test
    void minDaysBetweenHardAndSoft() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson b = x.placed(x.alice, x.c7a, 1, 0, x.r101);
        Lesson c = x.placed(x.alice, x.c7a, 3, 0, x.r101);
        verifier.verifyThat((p, f) -> p.minDays(f, true))
                .given(facts(a, b, LessonRelation.minDaysBetween(a, b, 2, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.minDays(f, true))
                .given(facts(a, c, LessonRelation.minDaysBetween(a, c, 2, true, 1))).penalizesBy(0);
        Lesson sameDay = x.placed(x.alice, x.c7a, 0, 3, x.r101);
        verifier.verifyThat((p, f) -> p.minDays(f, true))
                .given(facts(a, sameDay, LessonRelation.notSameDay(a, sameDay))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.minDays(f, false))
                .given(facts(a, b, LessonRelation.minDaysBetween(a, b, 2, false, 95))).penalizesBy(95);
        verifier.verifyThat((p, f) -> p.minDays(f, false))
                .given(facts(a, b, LessonRelation.minDaysBetween(a, b, 2, true, 95))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.minDays(f, false))
                .given(facts(a, c, LessonRelation.minDaysBetween(a, c, 2, false, 95))).penalizesBy(0);
    }

    @Test
    void sameStartHardAndSoft() {
        Lesson a = x.placed(x.alice, x.g7a1, 0, 0, x.r101);
        Lesson b = x.placed(x.bob, x.g7a2, 0, 0, x.r102);
        Lesson c = x.placed(x.bob, x.g7a2, 0, 1, x.r102);
        verifier.verifyThat((p, f) -> p.sameStart(f, true)).given(facts(a, c, LessonRelation.sameStart(a, c, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.sameStart(f, true)).given(facts(a, b, LessonRelation.sameStart(a, b, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.sameStart(f, false)).given(facts(a, c, LessonRelation.sameStart(a, c, false, 50))).penalizesBy(50);
        verifier.verifyThat((p, f) -> p.sameStart(f, false)).given(facts(a, b, LessonRelation.sameStart(a, b, false, 50))).penalizesBy(0);
    }

    @Test
    void notOverlappingHardAndSoft() {
        Lesson a = x.lesson(x.math, x.alice, x.g7a1, 2).at(x.at(0, 0), x.r101);
        Lesson b = x.placed(x.bob, x.g7a2, 0, 1, x.r102);
        Lesson c = x.placed(x.bob, x.g7a2, 0, 2, x.r102);
        verifier.verifyThat((p, f) -> p.notOverlapping(f, true)).given(facts(a, b, LessonRelation.notOverlapping(a, b, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.notOverlapping(f, true)).given(facts(a, c, LessonRelation.notOverlapping(a, c, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.notOverlapping(f, false)).given(facts(a, b, LessonRelation.notOverlapping(a, b, false, 7))).penalizesBy(7);
        verifier.verifyThat((p, f) -> p.notOverlapping(f, false)).given(facts(a, c, LessonRelation.notOverlapping(a, c, false, 7))).penalizesBy(0);
    }

    @Test
    void startTimeHardAndSoft() {
        Lesson hard = x.lesson(x.alice, x.c7a).withStartPreference(new StartPreference(Set.of(x.at(0, 0).getIndex()), true, 1));
        verifier.verifyThat((p, f) -> p.startTime(f, true)).given(facts(hard.at(x.at(0, 1), x.r101))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.startTime(f, true)).given(facts(hard.at(x.at(0, 0), x.r101))).penalizesBy(0);
        Lesson soft = x.lesson(x.alice, x.c7a).withStartPreference(new StartPreference(Set.of(x.at(0, 0).getIndex()), false, 80));
        verifier.verifyThat((p, f) -> p.startTime(f, false)).given(facts(soft.at(x.at(0, 1), x.r101))).penalizesBy(80);
        verifier.verifyThat((p, f) -> p.startTime(f, false)).given(facts(soft.at(x.at(0, 0), x.r101))).penalizesBy(0);
    }

    @Test
    void roomHardAndSoft() {
        Lesson hard = x.lesson(x.alice, x.c7a).withRoomPreference(new RoomPreference(Set.of(x.r101), true, 1));
        verifier.verifyThat((p, f) -> p.room(f, true)).given(facts(hard.at(x.at(0, 0), x.r102))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.room(f, true)).given(facts(hard.at(x.at(0, 0), x.r101))).penalizesBy(0);
        Lesson soft = x.lesson(x.alice, x.c7a).withRoomPreference(new RoomPreference(Set.of(x.r101, x.lab), false, 30));
        verifier.verifyThat((p, f) -> p.room(f, false)).given(facts(soft.at(x.at(0, 0), x.r102))).penalizesBy(30);
        verifier.verifyThat((p, f) -> p.room(f, false)).given(facts(soft.at(x.at(0, 0), x.lab))).penalizesBy(0);
    }

    /** Lessons of {@code t} for 7A on day 0 at the given periods (rooms 101). */
    private Object[] day0(Teacher t, StudentGroup g, int... periods) {
        List<Object> out = new ArrayList<>();
        for (int p : periods) {
            out.add(x.placed(t, g, 0, p, x.r101));
        }
        return facts(out.toArray());
    }

    @Test
    void teacherMaxLessonsPerDay() {
        x.alice.withMaxLessonsPerDay(Limit.hard(2));
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, true)).given(day0(x.alice, x.c7a, 0, 1, 2)).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, true)).given(day0(x.alice, x.c7a, 0, 1)).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, false)).given(day0(x.alice, x.c7a, 0, 1, 2)).penalizesBy(0);
        x.bob.withMaxLessonsPerDay(Limit.soft(1, 10));
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, false)).given(day0(x.bob, x.c7a, 0, 1, 2)).penalizesBy(20);
        verifier.verifyThat((p, f) -> p.teacherMaxDay(f, false)).given(day0(x.bob, x.c7a, 0)).penalizesBy(0);
    }

    @Test
    void teacherMaxLessonsPerWeek() {
        x.alice.withMaxLessonsPerWeek(Limit.hard(2));
        verifier.verifyThat(TimetableConstraintProvider::teacherMaxWeek)
                .given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 1, 0, x.r101),
                        x.lesson(x.math, x.alice, x.c7b, 2).at(x.at(2, 0), x.r101))).penalizesBy(2);
        verifier.verifyThat(TimetableConstraintProvider::teacherMaxWeek)
                .given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 1, 0, x.r101))).penalizesBy(0);
    }

    @Test
    void studentsMaxLessonsPerDay() {
        x.c7a.withMaxLessonsPerDay(Limit.hard(2)).propagateToAtoms();
        // two atoms, each over by one
        verifier.verifyThat((p, f) -> p.studentsMaxDay(f, true)).given(day0(x.alice, x.c7a, 0, 1, 2)).penalizesBy(2);
        verifier.verifyThat((p, f) -> p.studentsMaxDay(f, true)).given(day0(x.alice, x.c7a, 0, 1)).penalizesBy(0);
        x.c7b.withMaxLessonsPerDay(Limit.soft(1, 3));
        verifier.verifyThat((p, f) -> p.studentsMaxDay(f, false)).given(day0(x.alice, x.c7b, 0, 1)).penalizesBy(3);
        verifier.verifyThat((p, f) -> p.studentsMaxDay(f, false)).given(day0(x.alice, x.c7b, 0)).penalizesBy(0);
    }

    @Test
    void studentsMaxLessonsPerWeek() {
        x.c7b.withMaxLessonsPerWeek(Limit.hard(1));
        verifier.verifyThat(TimetableConstraintProvider::studentsMaxWeek).given(day0(x.alice, x.c7b, 0, 1)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::studentsMaxWeek).given(day0(x.alice, x.c7b, 0)).penalizesBy(0);
    }

    @Test
    void teacherMaxGapsPerDay() {
        x.alice.withMaxGapsPerDay(Limit.hard(1));
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, true)).given(day0(x.alice, x.c7a, 0, 3, 5)).penalizesBy(2);
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, true)).given(day0(x.alice, x.c7a, 0, 2)).penalizesBy(0);
        x.bob.withMaxGapsPerDay(Limit.soft(0, 2));
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, false)).given(day0(x.bob, x.c7a, 0, 2)).penalizesBy(2);
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, false)).given(day0(x.bob, x.c7a, 0, 1)).penalizesBy(0);
        // as in FET, a period the teacher is not available in is no gap
        x.bob.unavailableAt(x.at(0, 1).getIndex());
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, false)).given(day0(x.bob, x.c7a, 0, 2)).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.teacherMaxGapsDay(f, false)).given(day0(x.bob, x.c7a, 0, 3)).penalizesBy(2);
    }

    @Test
    void teacherMaxGapsPerWeek() {
        x.alice.withMaxGapsPerWeek(Limit.hard(2));
        Object[] gappy = facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 0, 2, x.r101),
                x.placed(x.alice, x.c7a, 1, 0, x.r101), x.placed(x.alice, x.c7a, 1, 3, x.r101));
        verifier.verifyThat((p, f) -> p.teacherMaxGapsWeek(f, true)).given(gappy).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMaxGapsWeek(f, true))
                .given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 0, 2, x.r101),
                        x.placed(x.alice, x.c7a, 1, 0, x.r101), x.placed(x.alice, x.c7a, 1, 1, x.r101))).penalizesBy(0);
        x.bob.withMaxGapsPerWeek(Limit.soft(0, 5));
        verifier.verifyThat((p, f) -> p.teacherMaxGapsWeek(f, false)).given(day0(x.bob, x.c7a, 0, 2)).penalizesBy(5);
        verifier.verifyThat((p, f) -> p.teacherMaxGapsWeek(f, false)).given(day0(x.bob, x.c7a, 0, 1)).penalizesBy(0);
    }

    @Test
    void studentsMaxGapsPerWeek() {
        x.c7b.withMaxGapsPerWeek(Limit.hard(0));
        verifier.verifyThat((p, f) -> p.studentsMaxGapsWeek(f, true)).given(day0(x.alice, x.c7b, 1, 3)).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.studentsMaxGapsWeek(f, true)).given(day0(x.alice, x.c7b, 1, 2)).penalizesBy(0);
        x.c7a.withMaxGapsPerWeek(Limit.soft(0, 4)).propagateToAtoms();
        verifier.verifyThat((p, f) -> p.studentsMaxGapsWeek(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101),
                x.placed(x.alice, x.g7a1, 0, 2, x.r101))).penalizesBy(4);
        verifier.verifyThat((p, f) -> p.studentsMaxGapsWeek(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101),
                x.placed(x.alice, x.g7a2, 0, 2, x.r101), x.placed(x.alice, x.c7a, 0, 1, x.r101))).penalizesBy(0);
    }

    @Test
    void teacherAndStudentGaps() {
        verifier.verifyThat(TimetableConstraintProvider::teacherGaps).given(day0(x.alice, x.c7b, 0, 4)).penalizesBy(3);
        verifier.verifyThat(TimetableConstraintProvider::teacherGaps).given(day0(x.alice, x.c7b, 0, 1)).penalizesBy(0);
        verifier.verifyThat(TimetableConstraintProvider::studentsGaps).given(day0(x.alice, x.c7b, 0, 4)).penalizesBy(3);
        verifier.verifyThat(TimetableConstraintProvider::studentsGaps).given(facts(x.placed(x.alice, x.c7b, 0, 0, x.r101),
                x.placed(x.bob, x.c7b, 0, 1, x.r102))).penalizesBy(0);
    }

    @Test
    void travelTimeBetweenBuildings() {
        // periods 0 and 1 have a 10-minute break: too short for the 15-minute walk
        Object[] tooShort = facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7b, 0, 1, x.lab));
        verifier.verifyThat(TimetableConstraintProvider::travelTime).given(tooShort).penalizesBy(5);
        // periods 2 and 3 have a 30-minute break: enough
        verifier.verifyThat(TimetableConstraintProvider::travelTime)
                .given(facts(x.placed(x.alice, x.c7a, 0, 2, x.r101), x.placed(x.alice, x.c7b, 0, 3, x.lab))).penalizesBy(0);
        verifier.verifyThat(TimetableConstraintProvider::travelTime)
                .given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7b, 0, 1, x.r102))).penalizesBy(0);
    }

    @Test
    void teacherBuildingChangesPerWeek() {
        x.alice.withMaxBuildingChangesPerWeek(Limit.hard(1));
        Object[] twoChanges = facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7b, 0, 3, x.lab),
                x.placed(x.alice, x.c7b, 1, 2, x.lab), x.placed(x.alice, x.c7a, 1, 4, x.r101));
        verifier.verifyThat((p, f) -> p.teacherBuildingChanges(f, true)).given(twoChanges).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherBuildingChanges(f, true)).given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101),
                x.placed(x.alice, x.c7b, 0, 3, x.lab), x.placed(x.alice, x.c7b, 1, 2, x.r101))).penalizesBy(0);
        x.bob.withMaxBuildingChangesPerWeek(Limit.soft(0, 6));
        verifier.verifyThat((p, f) -> p.teacherBuildingChanges(f, false)).given(facts(x.placed(x.bob, x.c7a, 0, 0, x.r101),
                x.placed(x.bob, x.c7b, 0, 3, x.lab))).penalizesBy(6);
        verifier.verifyThat((p, f) -> p.teacherBuildingChanges(f, false)).given(facts(x.placed(x.bob, x.c7a, 0, 0, x.r101),
                x.placed(x.bob, x.c7b, 0, 3, x.r102))).penalizesBy(0);
    }

    @Test
    void summativeAssessmentsPerDay() {
        x.c7b.withMaxSummativePerDay(2);
        List<Object> lessons = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            lessons.add(x.lesson(x.alice, x.c7b).summative(true).at(x.at(0, p), x.r101));
        }
        lessons.add(x.lesson(x.alice, x.c7b).at(x.at(0, 4), x.r101));
        verifier.verifyThat(TimetableConstraintProvider::summativePerDay).given(facts(lessons.toArray())).penalizesBy(1);
        lessons.set(2, x.lesson(x.alice, x.c7b).summative(true).at(x.at(1, 0), x.r101));
        verifier.verifyThat(TimetableConstraintProvider::summativePerDay).given(facts(lessons.toArray())).penalizesBy(0);
    }

    @Test
    void summativeDefaultLimitIsThree() {
        List<Object> lessons = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            lessons.add(x.lesson(x.alice, x.c7b).summative(true).at(x.at(0, p), x.r101));
        }
        verifier.verifyThat(TimetableConstraintProvider::summativePerDay).given(facts(lessons.toArray())).penalizesBy(0);
        lessons.add(x.lesson(x.alice, x.c7b).summative(true).at(x.at(0, 3), x.r101));
        verifier.verifyThat(TimetableConstraintProvider::summativePerDay).given(facts(lessons.toArray())).penalizesBy(1);
    }

    @Test
    void teacherMaxDaysPerWeek() {
        x.alice.withMaxDaysPerWeek(Limit.hard(1));
        Object[] twoDays = facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 2, 0, x.r101));
        verifier.verifyThat((p, f) -> p.teacherMaxDays(f, true)).given(twoDays).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMaxDays(f, true)).given(day0(x.alice, x.c7a, 0, 1)).penalizesBy(0);
        x.bob.withMaxDaysPerWeek(Limit.soft(1, 9));
        verifier.verifyThat((p, f) -> p.teacherMaxDays(f, false))
                .given(facts(x.placed(x.bob, x.c7a, 0, 0, x.r101), x.placed(x.bob, x.c7a, 2, 0, x.r101))).penalizesBy(9);
        verifier.verifyThat((p, f) -> p.teacherMaxDays(f, false)).given(day0(x.bob, x.c7a, 0, 1)).penalizesBy(0);
    }

    @Test
    void studentsEarlyStart() {
        x.c7b.withEarlyMaxBeginningsAtSecondPeriod(Limit.hard(1));
        // day 0 starts at period 2 (1 too late), day 1 at period 1 (allowed once), day 2 at period 1 (once too often)
        Object[] late = facts(x.placed(x.alice, x.c7b, 0, 2, x.r101), x.placed(x.alice, x.c7b, 1, 1, x.r101),
                x.placed(x.alice, x.c7b, 2, 1, x.r101));
        verifier.verifyThat((p, f) -> p.studentsEarly(f, true)).given(late).penalizesBy(3);
        verifier.verifyThat((p, f) -> p.studentsEarly(f, true)).given(facts(x.placed(x.alice, x.c7b, 0, 0, x.r101),
                x.placed(x.alice, x.c7b, 1, 1, x.r101))).penalizesBy(0);
        x.c7a.withEarlyMaxBeginningsAtSecondPeriod(Limit.soft(0, 2)).propagateToAtoms();
        verifier.verifyThat((p, f) -> p.studentsEarly(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 1, x.r101)))
                .penalizesBy(2);
        verifier.verifyThat((p, f) -> p.studentsEarly(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101)))
                .penalizesBy(0);
        // as in FET, a first period the class is not available in does not make its day start late
        x.c7b.unavailableAt(x.at(3, 0).getIndex());
        verifier.verifyThat((p, f) -> p.studentsEarly(f, true)).given(facts(x.placed(x.alice, x.c7b, 3, 1, x.r101),
                x.placed(x.alice, x.c7b, 1, 1, x.r101))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.studentsEarly(f, true)).given(facts(x.placed(x.alice, x.c7b, 3, 2, x.r101),
                x.placed(x.alice, x.c7b, 1, 1, x.r101))).penalizesBy(1);
    }

    @Test
    void teacherPreferredDayOff() {
        x.alice.preferringDaysOff(4);
        verifier.verifyThat(TimetableConstraintProvider::teacherDayOff).given(facts(x.placed(x.alice, x.c7a, 4, 0, x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::teacherDayOff).given(facts(x.placed(x.alice, x.c7a, 3, 0, x.r101))).penalizesBy(0);
    }

    @Test
    void subjectSpreadOverTheWeek() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson b = x.placed(x.alice, x.g7a1, 0, 3, x.r101);
        Lesson c = x.placed(x.alice, x.c7a, 1, 3, x.r101);
        Lesson d = x.placed(x.alice, x.c7b, 0, 3, x.r101);
        verifier.verifyThat(TimetableConstraintProvider::subjectSpread).given(facts(a, b)).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::subjectSpread).given(facts(a, c, d)).penalizesBy(0);
    }

    @Test
    void earlyAndLatePeriods() {
        x.at(0, 0).withEarlyLate(true, false);
        x.at(0, 5).withEarlyLate(false, true);
        verifier.verifyThat(TimetableConstraintProvider::earlyPeriod).given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::earlyPeriod).given(facts(x.placed(x.alice, x.c7a, 0, 1, x.r101))).penalizesBy(0);
        Lesson dbl = x.lesson(x.math, x.alice, x.c7a, 2);
        verifier.verifyThat(TimetableConstraintProvider::latePeriod).given(facts(dbl.at(x.at(0, 4), x.r101))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::latePeriod).given(facts(dbl.at(x.at(0, 3), x.r101))).penalizesBy(0);
    }

    @Test
    void teacherMinLessonsPerDay() {
        x.alice.withMinLessonsPerDay(new MinDailyLimit(2, true, 1, true, 5));
        verifier.verifyThat((p, f) -> p.teacherMinDay(f, true)).given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101),
                x.placed(x.alice, x.c7a, 1, 0, x.r101), x.placed(x.alice, x.c7a, 1, 1, x.r101))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMinDay(f, true)).given(day0(x.alice, x.c7a, 0, 1)).penalizesBy(0);
        x.bob.withMinLessonsPerDay(new MinDailyLimit(1, false, 10, false, 5));
        // works one day of five, empty days not allowed: 4 days short by one
        verifier.verifyThat((p, f) -> p.teacherMinDay(f, false)).given(day0(x.bob, x.c7a, 0)).penalizesBy(40);
        List<Object> everyDay = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            everyDay.add(x.placed(x.bob, x.c7a, d, 0, x.r101));
        }
        verifier.verifyThat((p, f) -> p.teacherMinDay(f, false)).given(facts(everyDay.toArray())).penalizesBy(0);
    }

    @Test
    void studentsMinLessonsPerDay() {
        x.c7b.withMinLessonsPerDay(new MinDailyLimit(2, true, 1, true, 5));
        verifier.verifyThat((p, f) -> p.studentsMinDay(f, true)).given(day0(x.alice, x.c7b, 0)).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.studentsMinDay(f, true)).given(day0(x.alice, x.c7b, 0, 1)).penalizesBy(0);
        x.c7a.withMinLessonsPerDay(new MinDailyLimit(2, false, 3, true, 5)).propagateToAtoms();
        verifier.verifyThat((p, f) -> p.studentsMinDay(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101)))
                .penalizesBy(3);
        verifier.verifyThat((p, f) -> p.studentsMinDay(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101),
                x.placed(x.alice, x.g7a1, 0, 1, x.r101))).penalizesBy(0);
    }

    @Test
    void consecutiveLessons() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 1, x.r101);
        Lesson after = x.placed(x.bob, x.c7a, 0, 2, x.r101);
        Lesson before = x.placed(x.bob, x.c7a, 0, 0, x.r101);
        var k = LessonRelation.Kind.CONSECUTIVE;
        verifier.verifyThat((p, f) -> p.consecutive(f, true)).given(facts(a, before, LessonRelation.of(k, a, before, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.consecutive(f, true)).given(facts(a, after, LessonRelation.of(k, a, after, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.consecutive(f, false)).given(facts(a, before, LessonRelation.of(k, a, before, false, 4))).penalizesBy(4);
        verifier.verifyThat((p, f) -> p.consecutive(f, false)).given(facts(a, after, LessonRelation.of(k, a, after, false, 4))).penalizesBy(0);
    }

    @Test
    void groupedLessons() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 1, x.r101);
        Lesson before = x.placed(x.bob, x.c7a, 0, 0, x.r101);
        Lesson apart = x.placed(x.bob, x.c7a, 0, 4, x.r101);
        var k = LessonRelation.Kind.GROUPED;
        verifier.verifyThat((p, f) -> p.grouped(f, true)).given(facts(a, apart, LessonRelation.of(k, a, apart, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.grouped(f, true)).given(facts(a, before, LessonRelation.of(k, a, before, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.grouped(f, false)).given(facts(a, apart, LessonRelation.of(k, a, apart, false, 2))).penalizesBy(2);
        verifier.verifyThat((p, f) -> p.grouped(f, false)).given(facts(a, before, LessonRelation.of(k, a, before, false, 2))).penalizesBy(0);
    }

    @Test
    void sameDayLessons() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 1, x.r101);
        Lesson same = x.placed(x.bob, x.c7a, 0, 4, x.r101);
        Lesson other = x.placed(x.bob, x.c7a, 1, 4, x.r101);
        var k = LessonRelation.Kind.SAME_DAY;
        verifier.verifyThat((p, f) -> p.sameDay(f, true)).given(facts(a, other, LessonRelation.of(k, a, other, true, 1))).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.sameDay(f, true)).given(facts(a, same, LessonRelation.of(k, a, same, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.sameDay(f, false)).given(facts(a, other, LessonRelation.of(k, a, other, false, 6))).penalizesBy(6);
        verifier.verifyThat((p, f) -> p.sameDay(f, false)).given(facts(a, same, LessonRelation.of(k, a, same, false, 6))).penalizesBy(0);
    }

    @Test
    void breakPeriodsAreNeitherGapsNorSeparations() {
        x.at(0, 2).markBreak();
        Lesson a = x.placed(x.alice, x.c7a, 0, 1, x.r101);
        Lesson b = x.placed(x.alice, x.c7a, 0, 3, x.r101);
        var k = LessonRelation.Kind.CONSECUTIVE;
        verifier.verifyThat((p, f) -> p.consecutive(f, true)).given(facts(a, b, LessonRelation.of(k, a, b, true, 1))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.grouped(f, true))
                .given(facts(a, b, LessonRelation.of(LessonRelation.Kind.GROUPED, b, a, true, 1))).penalizesBy(0);
        verifier.verifyThat(TimetableConstraintProvider::teacherGaps).given(facts(a, b)).penalizesBy(0);
        Lesson c = x.placed(x.alice, x.c7a, 0, 4, x.r101);
        verifier.verifyThat((p, f) -> p.consecutive(f, true)).given(facts(a, c, LessonRelation.of(k, a, c, true, 1))).penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::teacherGaps).given(facts(a, c)).penalizesBy(1);
    }

    @Test
    void lessonsInARow() {
        x.alice.withMaxContinuous(Limit.hard(2));
        verifier.verifyThat((p, f) -> p.teacherMaxContinuous(f, true)).given(day0(x.alice, x.c7a, 0, 1, 2)).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMaxContinuous(f, true)).given(day0(x.alice, x.c7a, 0, 1, 3, 4)).penalizesBy(0);
        x.bob.withMaxContinuous(Limit.soft(1, 5));
        verifier.verifyThat((p, f) -> p.teacherMaxContinuous(f, false)).given(day0(x.bob, x.c7a, 0, 1)).penalizesBy(5);
        verifier.verifyThat((p, f) -> p.teacherMaxContinuous(f, false)).given(day0(x.bob, x.c7a, 0, 2)).penalizesBy(0);
        x.c7b.withMaxContinuous(Limit.hard(3));
        Lesson dbl = x.lesson(x.math, x.alice, x.c7b, 2).at(x.at(1, 0), x.r101);
        verifier.verifyThat((p, f) -> p.studentsMaxContinuous(f, true)).given(facts(dbl, x.placed(x.bob, x.c7b, 1, 2, x.r102),
                x.placed(x.bob, x.c7b, 1, 3, x.r102))).penalizesBy(1);
        x.at(1, 2).markBreak();
        verifier.verifyThat((p, f) -> p.studentsMaxContinuous(f, true)).given(facts(dbl, x.placed(x.bob, x.c7b, 1, 3, x.r102),
                x.placed(x.bob, x.c7b, 1, 4, x.r102))).penalizesBy(0);
        x.c7a.withMaxContinuous(Limit.soft(1, 2)).propagateToAtoms();
        verifier.verifyThat((p, f) -> p.studentsMaxContinuous(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101),
                x.placed(x.bob, x.c7a, 0, 1, x.r102))).penalizesBy(2); // only atom 7A-1 has two in a row
        verifier.verifyThat((p, f) -> p.studentsMaxContinuous(f, false)).given(facts(x.placed(x.alice, x.g7a1, 0, 0, x.r101),
                x.placed(x.bob, x.c7a, 0, 2, x.r102))).penalizesBy(0);
    }

    @Test
    void aLessonThatEndsItsStudentsDayHasNothingOfTheirsAfterIt() {
        Lesson last = x.placed(x.alice, x.c7a, 0, 3, x.r101).endingStudentsDay(true, 1);
        Lesson before = x.placed(x.bob, x.c7a, 0, 1, x.r102);
        Lesson groupAfter = x.placed(x.bob, x.g7a2, 0, 4, x.r102);
        Lesson otherClassAfter = x.placed(x.bob, x.c7b, 0, 5, x.r102);
        Lesson nextDay = x.placed(x.bob, x.c7a, 1, 5, x.r102);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, true)).given(facts(last, before, otherClassAfter, nextDay)).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, true)).given(facts(last, groupAfter)).penalizesBy(1);
        Lesson soft = x.placed(x.alice, x.c7b, 2, 0, x.r101).endingStudentsDay(false, 40);
        Lesson after = x.placed(x.bob, x.c7b, 2, 2, x.r102);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, false)).given(facts(soft, after)).penalizesBy(40);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, true)).given(facts(soft, after)).penalizesBy(0);
        // a double lesson that ends the day: a lesson in its second period is a conflict, not a later lesson
        Lesson dbl = x.lesson(x.math, x.alice, x.c7b, 2).at(x.at(3, 3), x.r101).endingStudentsDay(true, 1);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, true)).given(facts(dbl, x.placed(x.bob, x.c7b, 3, 4, x.r102))).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.endsStudentsDay(f, true)).given(facts(dbl, x.placed(x.bob, x.c7b, 3, 5, x.r102)))
                .penalizesBy(1);
    }

    @Test
    void minGapsBetweenLessonsOfOneDay() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson adjacent = x.placed(x.alice, x.c7a, 0, 1, x.r101);
        Lesson oneFree = x.placed(x.alice, x.c7a, 0, 2, x.r101);
        Lesson otherDay = x.placed(x.alice, x.c7a, 1, 1, x.r101);
        verifier.verifyThat((p, f) -> p.minGaps(f, true)).given(facts(a, adjacent, LessonRelation.minGaps(a, adjacent, 1, true, 1)))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> p.minGaps(f, true)).given(facts(a, oneFree, LessonRelation.minGaps(oneFree, a, 1, true, 1)))
                .penalizesBy(0);
        verifier.verifyThat((p, f) -> p.minGaps(f, true)).given(facts(a, oneFree, LessonRelation.minGaps(a, oneFree, 2, true, 1)))
                .penalizesBy(1);
        verifier.verifyThat((p, f) -> p.minGaps(f, true)).given(facts(a, otherDay, LessonRelation.minGaps(a, otherDay, 3, true, 1)))
                .penalizesBy(0);
        verifier.verifyThat((p, f) -> p.minGaps(f, false)).given(facts(a, adjacent, LessonRelation.minGaps(a, adjacent, 2, false, 30)))
                .penalizesBy(60);
    }

    @Test
    void teacherMinDaysPerWeek() {
        x.alice.withMinDaysPerWeek(Limit.hard(3));
        Object[] twoDays = facts(x.placed(x.alice, x.c7a, 0, 0, x.r101), x.placed(x.alice, x.c7a, 2, 0, x.r101),
                x.placed(x.alice, x.c7b, 2, 1, x.r101));
        verifier.verifyThat((p, f) -> p.teacherMinDays(f, true)).given(twoDays).penalizesBy(1);
        verifier.verifyThat((p, f) -> p.teacherMinDays(f, true)).given(facts(x.placed(x.alice, x.c7a, 0, 0, x.r101),
                x.placed(x.alice, x.c7a, 2, 0, x.r101), x.placed(x.alice, x.c7a, 4, 0, x.r101))).penalizesBy(0);
        x.bob.withMinDaysPerWeek(Limit.soft(2, 7));
        verifier.verifyThat((p, f) -> p.teacherMinDays(f, false)).given(facts(x.placed(x.bob, x.c7a, 0, 0, x.r101))).penalizesBy(7);
    }

    @Test
    void intervalMaxDaysPerWeekForTeachersAndStudents() {
        // "afternoon" = periods 4 and 5 (from 4 to 6): at most one day a week
        DayIntervalLimit afternoons = new DayIntervalLimit(x.alice, null, 4, 6, Limit.hard(1));
        Object[] twoAfternoons = facts(afternoons, x.placed(x.alice, x.c7a, 0, 4, x.r101), x.placed(x.alice, x.c7a, 1, 5, x.r101),
                x.placed(x.alice, x.c7a, 2, 0, x.r101));
        verifier.verifyThat((p, f) -> p.teacherIntervalDays(f, true)).given(twoAfternoons).penalizesBy(1);
        Object[] oneAfternoon = facts(afternoons, x.placed(x.alice, x.c7a, 0, 4, x.r101), x.placed(x.alice, x.c7b, 0, 5, x.r101),
                x.placed(x.alice, x.c7a, 1, 3, x.r101));
        verifier.verifyThat((p, f) -> p.teacherIntervalDays(f, true)).given(oneAfternoon).penalizesBy(0);
        // a double lesson from period 3 reaches into the afternoon
        Lesson dbl = x.lesson(x.math, x.alice, x.c7b, 2).at(x.at(3, 3), x.r101);
        verifier.verifyThat((p, f) -> p.teacherIntervalDays(f, true)).given(facts(afternoons, dbl, x.placed(x.alice, x.c7a, 0, 4, x.r101)))
                .penalizesBy(1);
        DayIntervalLimit groupMornings = new DayIntervalLimit(null, x.g7a1, 0, 2, Limit.soft(1, 5));
        verifier.verifyThat((p, f) -> p.studentsIntervalDays(f, false)).given(facts(groupMornings, x.placed(x.alice, x.c7a, 0, 0, x.r101),
                x.placed(x.bob, x.g7a1, 1, 1, x.r102), x.placed(x.bob, x.g7a2, 2, 1, x.r102))).penalizesBy(5);
        verifier.verifyThat((p, f) -> p.studentsIntervalDays(f, true)).given(facts(groupMornings, x.placed(x.alice, x.c7a, 0, 0, x.r101),
                x.placed(x.bob, x.g7a1, 1, 1, x.r102))).penalizesBy(0);
    }

    @Test
    void lessonsOccupyAtMostSomeOfTheChosenSlots() {
        Lesson a = x.placed(x.alice, x.c7a, 0, 0, x.r101);
        Lesson b = x.placed(x.bob, x.c7b, 0, 0, x.r102);
        Lesson c = x.placed(x.bob, x.c7b, 1, 0, x.r102);
        Lesson outside = x.placed(x.alice, x.c7b, 2, 0, x.r101);
        Set<Integer> mondayAndTuesdayFirst = Set.of(x.at(0, 0).getIndex(), x.at(1, 0).getIndex());
        SlotSelectionLimit one = new SlotSelectionLimit("s1", Set.of(a.getId(), b.getId(), c.getId(), outside.getId()),
                mondayAndTuesdayFirst, Limit.hard(1));
        verifier.verifyThat((p, f) -> p.slotSelection(f, true)).given(facts(one, a, b, outside)).penalizesBy(0);
        verifier.verifyThat((p, f) -> p.slotSelection(f, true)).given(facts(one, a, b, c, outside)).penalizesBy(1);
        SlotSelectionLimit notC = new SlotSelectionLimit("s2", Set.of(a.getId(), b.getId()), mondayAndTuesdayFirst, Limit.soft(0, 3));
        verifier.verifyThat((p, f) -> p.slotSelection(f, false)).given(facts(notC, a, b, c)).penalizesBy(3);
    }
}
