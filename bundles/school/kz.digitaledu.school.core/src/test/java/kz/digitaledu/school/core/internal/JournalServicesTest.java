package kz.digitaledu.school.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Optional;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.school.api.SchoolStructureService;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.AttendanceStatus;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.JournalService;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolStructureService.NewAssignment;
import kz.digitaledu.school.api.SchoolStructureService.NewClass;
import kz.digitaledu.school.api.SchoolStructureService.NewSubject;
import kz.digitaledu.school.api.SchoolStructureService.NewTerm;
import kz.digitaledu.school.api.SchoolStructureService.NewYear;
import kz.digitaledu.school.api.SchoolStructureService.TimetableSlot;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.SubstitutionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journal's rules on a real database: who writes and reads what, marks and their history, bad input, grades, the diary. */
class JournalServicesTest {
    private final FakePlatform p = new FakePlatform();
    private final EduPrincipal director = p.account(1, "director", Role.SCHOOL_ADMIN, FakePlatform.SCHOOL_A, "Әбенова");
    private final EduPrincipal teacherA = p.account(2, "teacher", Role.TEACHER, FakePlatform.SCHOOL_A, "Нұрланов");
    private final EduPrincipal teacherB = p.account(3, "teacher2", Role.TEACHER, FakePlatform.SCHOOL_A, "Ким");
    private final EduPrincipal directorB = p.account(4, "director67", Role.SCHOOL_ADMIN, FakePlatform.SCHOOL_B, "Петрова");
    private final EduPrincipal parent = p.account(5, "parent", Role.PARENT, FakePlatform.SCHOOL_A, "Серікова");
    private final EduPrincipal student = p.account(6, "student", Role.STUDENT, FakePlatform.SCHOOL_A, "Серікова");
    private final EduPrincipal district = p.account(7, "district", Role.DISTRICT_OFFICER, FakePlatform.DISTRICT, "Жұмабекова");
    private final SchoolYear year;
    private final SchoolYear.Term q1;
    private final SchoolClass c7a;
    private final SchoolClass c7b;
    private final Assignment math;
    private final Assignment physics;
    private final Assignment history;
    private final Assignment biology;

    JournalServicesTest() throws Exception {
        for (long id = 101; id <= 106; id++) {
            p.student(id, FakePlatform.SCHOOL_A, "Оқушы" + id);
        }
        p.student(201, FakePlatform.SCHOOL_B, "Чужой");
        p.personOfAccount.put(6L, 101L);
        p.children.put(5L, List.of(101L));
        year = as(director, () -> p.structure.createYear(new NewYear(FakePlatform.SCHOOL_A, "2026-2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 25), List.of(new NewTerm(1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24)),
                        new NewTerm(2, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 28))), List.of(LocalDate.of(2026, 9, 7)))));
        q1 = year.terms().get(0);
        long mathId = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "math", "Математика", "Математика", "Mathematics"))).id();
        long physId = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "physics", "Физика", "Физика", "Physics"))).id();
        long histId = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "history", "Тарих", "История", "History"))).id();
        long bioId = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "biology", "Биология", "Биология", "Biology"))).id();
        c7a = as(director, () -> p.structure.createClass(new NewClass(FakePlatform.SCHOOL_A, year.id(), 7, "а", "kk", 1, null, 2L)));
        c7b = as(director, () -> p.structure.createClass(new NewClass(FakePlatform.SCHOOL_A, year.id(), 7, "Б", "ru", 1, null, 3L)));
        math = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), mathId, 2L, 2, null)));
        physics = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), physId, 3L, 1, null)));
        history = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), histId, 3L, 1, null)));
        biology = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), bioId, 2L, 1, null)));
        Assignment math7b = as(director, () -> p.structure.createAssignment(new NewAssignment(c7b.id(), mathId, 2L, 1, null)));
        as(director, () -> p.structure.enrol(c7a.id(), List.of(101L, 102L, 103L, 104L, 105L), LocalDate.of(2026, 9, 1), "№ 1"));
        as(director, () -> p.structure.enrol(c7b.id(), List.of(106L), LocalDate.of(2026, 9, 1), "№ 1"));
        as(director, () -> p.structure.setWeeklyTimetable(c7a.id(), List.of(new TimetableSlot(DayOfWeek.MONDAY, 1, math.id()),
                new TimetableSlot(DayOfWeek.MONDAY, 2, physics.id()), new TimetableSlot(DayOfWeek.MONDAY, 3, history.id()),
                new TimetableSlot(DayOfWeek.MONDAY, 4, biology.id()), new TimetableSlot(DayOfWeek.WEDNESDAY, 2, math.id()))));
        as(director, () -> p.structure.setWeeklyTimetable(c7b.id(), List.of(new TimetableSlot(DayOfWeek.MONDAY, 2, math7b.id()))));
        as(director, () -> p.structure.generateLessons(c7a.id(), q1.id()));
        as(director, () -> p.structure.generateLessons(c7b.id(), q1.id()));
    }

    private <T> T as(EduPrincipal who, Callable<T> work) {
        try {
            return p.as(who, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private EduException refused(EduPrincipal who, Callable<?> work) {
        return assertThrows(EduException.class, () -> p.as(who, work));
    }

    private Lesson lesson(Assignment a, LocalDate date) {
        return as(director, () -> p.journal.journal(a.id(), q1.id())).lessons().stream().filter(l -> l.date().equals(date)).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private static PublishedLesson published(DayOfWeek day, int period, String subject, String teacher, String... sets) {
        return new PublishedLesson(day, period, null, null, subject, List.of(teacher), List.of(sets), "101", null);
    }

    @Test
    void theWeeklyTimetableIsTakenFromTheTimetablePublishedInTheTimetablesComponent() {
        LocalDate from = LocalDate.of(2026, 11, 2);
        EduException noComponent = refused(director, () -> p.structure.adoptPublishedTimetable(year.id(), from));
        assertEquals(409, noComponent.status());
        assertEquals("school.timetable.no_component", noComponent.messageKey());
        long math7b = as(director, () -> p.structure.weeklyTimetable(c7b.id())).get(0).assignmentId();

        p.published = (school, date) -> school == FakePlatform.SCHOOL_A && !date.isBefore(from)
                ? Optional.of(new PublishedTimetable(77, FakePlatform.SCHOOL_A, "Term 2", from, Instant.parse("2026-10-30T10:00:00Z"), List.of(
                        published(DayOfWeek.TUESDAY, 1, "Mathematics", "Нұрланов А.", "7A"),   // Latin A; the subject's English name
                        published(DayOfWeek.TUESDAY, 2, "физика", "Ким", "7а-1"),              // a group of 7А; Russian name, lower case
                        published(DayOfWeek.TUESDAY, 3, "Chemistry", "Ким", "7А"),             // no such subject
                        published(DayOfWeek.TUESDAY, 1, "Математика", "Ким", "9В"),            // no such class
                        published(DayOfWeek.THURSDAY, 4, "History", "Ким", "7Б"),             // 7Б is not taught history
                        published(DayOfWeek.FRIDAY, 5, "math", "Нұрланов", "7 б"))))           // by code; "7 б" is 7Б
                : Optional.empty();
        EduException tooEarly = refused(director, () -> p.structure.adoptPublishedTimetable(year.id(), from.minusDays(1)));
        assertEquals("school.timetable.none_published", tooEarly.messageKey());
        assertEquals(403, refused(teacherA, () -> p.structure.adoptPublishedTimetable(year.id(), from)).status());
        assertEquals(404, refused(directorB, () -> p.structure.adoptPublishedTimetable(year.id(), from)).status());

        // term 2's lessons from the old week exist already; one of them has a topic
        SchoolYear.Term q2 = year.terms().get(1);
        assertEquals(8 * 5, (int) as(director, () -> p.structure.generateLessons(c7a.id(), q2.id())), "8 Mondays × 4 + 8 Wednesdays × 1");
        long oldMath = as(director, () -> p.journal.journal(math.id(), q2.id())).lessons().stream()
                .filter(l -> l.date().equals(LocalDate.of(2026, 11, 9)) && l.period() == 1).findFirst().orElseThrow().id();
        as(teacherA, () -> p.journal.updateLesson(oldMath, "Сандар", null, AssessmentKind.FORMATIVE, null));

        SchoolStructureService.TimetableAdoption adopted = as(director, () -> p.structure.adoptPublishedTimetable(year.id(), from));
        assertEquals(77, adopted.timetableId());
        assertEquals(2, adopted.classes());
        assertEquals(3, adopted.slots());
        assertEquals(List.of("assignment", "class", "subject"),
                adopted.unmatched().stream().map(SchoolStructureService.UnmatchedLesson::reason).sorted().toList());
        assertEquals(List.of(new TimetableSlot(DayOfWeek.TUESDAY, 1, math.id()), new TimetableSlot(DayOfWeek.TUESDAY, 2, physics.id())),
                as(director, () -> p.structure.weeklyTimetable(c7a.id())));
        assertEquals(List.of(new TimetableSlot(DayOfWeek.FRIDAY, 5, math7b)), as(director, () -> p.structure.weeklyTimetable(c7b.id())));
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.timetable.adopt")), p.audit.toString());

        assertEquals(8 + 8, (int) as(director, () -> p.structure.generateLessons(c7a.id(), q2.id())),
                "term 2 (3 Nov – 28 Dec) has 8 Tuesdays, each with mathematics and physics");
        List<Lesson> mathQ2 = as(teacherA, () -> p.journal.journal(math.id(), q2.id())).lessons();
        assertTrue(mathQ2.stream().anyMatch(l -> l.id() == oldMath), "a lesson of the old week with a topic stays");
        assertEquals(List.of(oldMath), mathQ2.stream().filter(l -> l.date().getDayOfWeek() != DayOfWeek.TUESDAY).map(Lesson::id).toList(),
                "the old week's empty lessons are gone; the new week's are there");
        assertEquals(8, mathQ2.stream().filter(l -> l.date().getDayOfWeek() == DayOfWeek.TUESDAY && l.period() == 1).count());
    }

    @Test
    void lessonsComeFromTheWeeklyTimetableInsideTheTermSkippingHolidays() {
        JournalService.JournalPage page = as(teacherA, () -> p.journal.journal(math.id(), q1.id()));
        assertEquals(List.of(101L, 102L, 103L, 104L, 105L), page.students().stream().map(s -> s.personId()).sorted().toList());
        assertEquals("7А", page.schoolClass().name());
        assertTrue(page.writable());
        // from Tuesday 1 Sep to Saturday 24 Oct 2026: 7 Mondays (minus the holiday on 7 Sep) + 8 Wednesdays
        assertEquals(14, page.lessons().size());
        assertTrue(page.lessons().stream().noneMatch(l -> l.date().equals(LocalDate.of(2026, 9, 7))));
        assertTrue(page.lessons().stream().allMatch(l -> q1.contains(l.date())));
        assertEquals(0, as(director, () -> p.structure.generateLessons(c7a.id(), q1.id())), "generating twice adds nothing");
        assertEquals(5, as(director, () -> p.structure.assignments(FakePlatform.SCHOOL_A, null)).size(), "the school's every assignment");
        List<Assignment> own = as(teacherA, () -> p.structure.assignments(FakePlatform.SCHOOL_A, 2L));
        assertEquals(3, own.size(), "a teacher's own: mathematics in 7А and 7Б, biology in 7А");
        assertTrue(own.stream().allMatch(a -> a.teacherAccountId() == 2L));
    }

    @Test
    void everyChangeOfAMarkIsKeptInItsHistoryAndParentsAreNotified() {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 2));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(8), null));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), "Жақсы"));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), "Жақсы"));
        JournalService.JournalPage page = as(teacherA, () -> p.journal.journal(math.id(), q1.id()));
        assertEquals(1, page.marks().size());
        assertEquals(0, new BigDecimal("9").compareTo(page.marks().get(0).value()));
        as(teacherA, () -> {
            p.journal.deleteMark(l.id(), 101);
            return null;
        });
        List<JournalService.MarkChange> history = as(director, () -> p.journal.history(math.id(), 101L));
        assertEquals(List.of("delete", "update", "create"), history.stream().map(JournalService.MarkChange::action).toList(),
                "an unchanged save adds nothing");
        assertEquals(0, new BigDecimal("9").compareTo(history.get(0).oldValue()));
        assertNull(history.get(0).newValue());
        assertEquals(LocalDate.of(2026, 9, 2), history.get(2).lessonDate());
        assertTrue(history.get(2).changedBy().startsWith("Нұрланов"));
        assertEquals(history, as(director, () -> p.journal.history(math.id(), null)), "the whole journal's history (no student given)");
        assertEquals(0, as(teacherA, () -> p.journal.journal(math.id(), q1.id())).marks().size());
        assertEquals(3, p.audit.stream().filter(a -> a.startsWith("school.mark.")).count());
        assertEquals(2, p.sent.stream().filter(n -> n.recipientAccountId() == 5 && n.category().equals("school.mark")).count());
    }

    @Test
    void aTeacherKeepsOnlyTheirOwnJournalsAndOtherSchoolsSeeNothing() {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 2));
        assertEquals(404, refused(teacherB, () -> p.journal.setMark(l.id(), 101, BigDecimal.TEN, null)).status(),
                "another teacher of the school does not even see the journal");
        assertEquals(403, refused(director, () -> p.journal.setMark(l.id(), 101, BigDecimal.TEN, null)).status());
        assertEquals(404, refused(directorB, () -> p.journal.setMark(l.id(), 101, BigDecimal.TEN, null)).status());
        assertEquals(404, refused(directorB, () -> p.journal.journal(math.id(), q1.id())).status());
        assertEquals(404, refused(parent, () -> p.journal.journal(math.id(), q1.id())).status());
        assertFalse(as(director, () -> p.journal.journal(math.id(), q1.id())).writable());
        assertFalse(as(district, () -> p.journal.journal(math.id(), q1.id())).writable());
        // teacher A is the class teacher of 7А: reads the physics journal, cannot write it
        assertFalse(as(teacherA, () -> p.journal.journal(physics.id(), q1.id())).writable());
        assertEquals(List.of(), as(directorB, () -> p.structure.classes(FakePlatform.SCHOOL_A, year.id())));
        assertEquals(List.of(), as(directorB, () -> p.journal.journals()));
        assertEquals(3, as(teacherA, () -> p.journal.journals()).stream().filter(JournalService.JournalRef::writable).count());
        assertEquals(0, p.count("MarkEntity"));
    }

    @Test
    void badMarksAreRefusedWithAReasonAndChangeNothing() {
        Lesson past = lesson(math, LocalDate.of(2026, 9, 2));
        Lesson future = lesson(math, LocalDate.of(2026, 10, 5));
        assertEquals("school.validation.formative_range",
                refused(teacherA, () -> p.journal.setMark(past.id(), 101, BigDecimal.valueOf(11), null)).fieldErrors().get(0).messageKey());
        refused(teacherA, () -> p.journal.setMark(past.id(), 101, BigDecimal.ZERO, null));
        refused(teacherA, () -> p.journal.setMark(past.id(), 101, new BigDecimal("7.5"), null));
        refused(teacherA, () -> p.journal.setMark(past.id(), 101, null, null));
        assertEquals("school.validation.student_not_in_class",
                refused(teacherA, () -> p.journal.setMark(past.id(), 106, BigDecimal.valueOf(5), null)).fieldErrors().get(0).messageKey());
        refused(teacherA, () -> p.journal.setMark(past.id(), 201, BigDecimal.valueOf(5), null));
        assertEquals("school.validation.lesson_in_future",
                refused(teacherA, () -> p.journal.setMark(future.id(), 101, BigDecimal.valueOf(5), null)).fieldErrors().get(0).messageKey());
        assertEquals(404, refused(teacherA, () -> p.journal.setMark(999_999, 101, BigDecimal.valueOf(5), null)).status());
        refused(teacherA, () -> {
            p.journal.setAttendance(future.id(), 101, AttendanceStatus.ABSENT);
            return null;
        });
        assertEquals(0, p.count("MarkEntity"));
        assertEquals(0, p.count("MarkHistoryEntity"));
        assertEquals(0, p.count("AttendanceEntity"));
        assertTrue(p.sent.isEmpty());
    }

    @Test
    void summativesGiveTheRecommendedGradeAndAMismatchIsReported() {
        Lesson f = lesson(math, LocalDate.of(2026, 9, 2));
        Lesson sor = lesson(math, LocalDate.of(2026, 9, 14));
        Lesson soch = lesson(math, LocalDate.of(2026, 9, 28));
        as(teacherA, () -> p.journal.updateLesson(sor.id(), "БЖБ 1", "§3", AssessmentKind.SECTION_SUMMATIVE, 20));
        as(teacherA, () -> p.journal.updateLesson(soch.id(), "ТЖБ", null, AssessmentKind.TERM_SUMMATIVE, 25));
        assertEquals("school.validation.points_range",
                refused(teacherA, () -> p.journal.setMark(sor.id(), 101, BigDecimal.valueOf(21), null)).fieldErrors().get(0).messageKey());
        as(teacherA, () -> p.journal.setMark(f.id(), 101, BigDecimal.valueOf(8), null));
        as(teacherA, () -> p.journal.setMark(sor.id(), 101, BigDecimal.valueOf(15), null));
        as(teacherA, () -> p.journal.setMark(soch.id(), 101, BigDecimal.valueOf(20), null));
        // 0.25 × 80 % + 0.25 × 75 % + 0.5 × 80 % = 78.75 % → 4
        JournalService.TermGrade g = as(teacherA, () -> p.journal.journal(math.id(), q1.id())).termGrades().get(101L);
        assertEquals(new BigDecimal("78.8"), g.percent());
        assertEquals(4, g.recommended());
        JournalService.TermGrade set = as(teacherA, () -> p.journal.setTermGrade(math.id(), q1.id(), 101, 5));
        assertTrue(set.mismatch());
        assertTrue(as(director, () -> p.journal.journal(math.id(), q1.id())).termGrades().get(101L).mismatch());
        assertNull(as(director, () -> p.journal.journal(math.id(), q1.id())).termGrades().get(102L).recommended(), "no marks: no grade");
        refused(teacherA, () -> p.journal.setTermGrade(math.id(), q1.id(), 101, 6));
        assertEquals(404, refused(teacherB, () -> p.journal.setTermGrade(math.id(), q1.id(), 101, 4)).status());
        assertEquals(403, refused(director, () -> p.journal.setTermGrade(math.id(), q1.id(), 101, 4)).status());
        assertEquals("school.validation.lesson_has_marks", refused(teacherA,
                () -> p.journal.updateLesson(sor.id(), null, null, AssessmentKind.FORMATIVE, null)).fieldErrors().get(0).messageKey());
    }

    @Test
    void atMostThreeTermSummativesForOneClassOnOneDay() {
        LocalDate monday = LocalDate.of(2026, 10, 19);
        as(teacherA, () -> p.journal.updateLesson(lesson(math, monday).id(), null, null, AssessmentKind.TERM_SUMMATIVE, 25));
        as(teacherB, () -> p.journal.updateLesson(lesson(physics, monday).id(), null, null, AssessmentKind.TERM_SUMMATIVE, 25));
        as(teacherB, () -> p.journal.updateLesson(lesson(history, monday).id(), null, null, AssessmentKind.TERM_SUMMATIVE, 25));
        EduException e = refused(teacherA, () -> p.journal.updateLesson(lesson(biology, monday).id(), null, null, AssessmentKind.TERM_SUMMATIVE, 25));
        assertEquals("school.validation.too_many_term_summatives", e.fieldErrors().get(0).messageKey());
        assertEquals(AssessmentKind.FORMATIVE, lesson(biology, monday).assessment());
    }

    @Test
    void theDiaryShowsAParentOnlyTheirChildAndAStudentOnlythemself() {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 30));
        as(teacherA, () -> p.journal.updateLesson(l.id(), "Бөлшектер", "№ 12–15", AssessmentKind.FORMATIVE, null));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(7), null));
        Lesson absent = lesson(physics, LocalDate.of(2026, 9, 28));
        as(teacherB, () -> {
            p.journal.setAttendance(absent.id(), 101, AttendanceStatus.ABSENT);
            return null;
        });
        assertEquals(1, p.sent.stream().filter(n -> n.category().equals("school.attendance") && n.recipientAccountId() == 5).count());

        List<DiaryService.DiaryStudent> mine = as(parent, () -> p.diary.students());
        assertEquals(List.of(101L), mine.stream().map(DiaryService.DiaryStudent::personId).toList());
        assertEquals("7А", mine.get(0).className());
        List<DiaryService.DiaryEntry> week = as(parent, () -> p.diary.week(101, LocalDate.of(2026, 9, 30)));
        DiaryService.DiaryEntry wed = week.stream().filter(e -> e.lessonId() == l.id()).findFirst().orElseThrow();
        assertEquals("Бөлшектер", wed.topic());
        assertEquals("№ 12–15", wed.homework());
        assertEquals(0, BigDecimal.valueOf(7).compareTo(wed.mark()));
        assertEquals(AttendanceStatus.ABSENT, week.stream().filter(e -> e.lessonId() == absent.id()).findFirst().orElseThrow().attendance());
        assertEquals(List.of(101L), as(student, () -> p.diary.students()).stream().map(DiaryService.DiaryStudent::personId).toList());
        assertEquals(week, as(student, () -> p.diary.week(101, LocalDate.of(2026, 9, 30))));
        // the first week of the year starts on Monday 31 August, the day before the enrolment
        assertEquals(as(student, () -> p.diary.week(101, LocalDate.of(2026, 9, 2))), as(student, () -> p.diary.week(101, LocalDate.of(2026, 8, 31))));
        assertEquals(404, refused(parent, () -> p.diary.week(102, LocalDate.of(2026, 9, 30))).status());
        assertEquals(404, refused(student, () -> p.diary.week(102, LocalDate.of(2026, 9, 30))).status());
        assertEquals(404, refused(directorB, () -> p.diary.week(101, LocalDate.of(2026, 9, 30))).status());
        DiaryService.SubjectSummary summary = as(parent, () -> p.diary.summary(101, LocalDate.of(2026, 9, 30))).stream()
                .filter(s -> s.assignmentId() == math.id()).findFirst().orElseThrow();
        assertEquals(4, summary.predicted(), "7/10 = 70 % → 4");
    }

    @Test
    void contingentMovesKeepTheJournalHistory() {
        EduException again = refused(director, () -> p.structure.enrol(c7b.id(), List.of(101L), LocalDate.of(2026, 9, 15), "№ 2"));
        assertEquals("school.validation.already_enrolled", again.fieldErrors().get(0).messageKey());
        refused(director, () -> p.structure.enrol(c7b.id(), List.of(201L), LocalDate.of(2026, 9, 15), "№ 2"));
        refused(director, () -> p.structure.enrol(c7b.id(), List.of(102L), LocalDate.of(2025, 9, 15), "№ 2"));
        refused(teacherA, () -> p.structure.enrol(c7b.id(), List.of(102L), LocalDate.of(2026, 9, 15), "№ 2"));
        as(director, () -> p.structure.transfer(101, c7b.id(), LocalDate.of(2026, 9, 21), "№ 7"));
        assertFalse(as(director, () -> p.structure.students(c7a.id(), LocalDate.of(2026, 9, 22))).stream().anyMatch(s -> s.personId() == 101));
        assertTrue(as(director, () -> p.structure.students(c7b.id(), LocalDate.of(2026, 9, 22))).stream().anyMatch(s -> s.personId() == 101));
        assertTrue(as(teacherA, () -> p.journal.journal(math.id(), q1.id())).students().stream().anyMatch(s -> s.personId() == 101),
                "a student who left during the term stays in that term's journal");
        Lesson after = lesson(math, LocalDate.of(2026, 9, 23));
        refused(teacherA, () -> p.journal.setMark(after.id(), 101, BigDecimal.valueOf(8), null));
        assertEquals(3, as(director, () -> p.structure.enrolments(FakePlatform.SCHOOL_A)).stream().filter(e -> e.studentPersonId() == 101
                || e.studentPersonId() == 106).count());
    }

    @Test
    void badStructureInputNamesEveryField() {
        EduException e = refused(director, () -> p.structure.createClass(new NewClass(FakePlatform.SCHOOL_A, year.id(), 13, "1", "de", 3, null, null)));
        assertEquals(List.of("grade", "letter", "language", "shift"), e.fieldErrors().stream().map(EduException.FieldError::field).toList());
        EduException y = refused(director, () -> p.structure.createYear(new NewYear(FakePlatform.SCHOOL_A, "2027", LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 5, 25), List.of(new NewTerm(1, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 11, 1)),
                        new NewTerm(2, LocalDate.of(2027, 10, 1), LocalDate.of(2028, 6, 1))), List.of())));
        assertEquals(java.util.Set.of("terms[1].startDate", "terms[1]"),
                y.fieldErrors().stream().map(EduException.FieldError::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals(403, refused(teacherA, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "x", "X", null, null))).status());
        assertEquals(1, p.count("YearEntity"));
    }

    @Test
    void anAbsentTeachersLessonsGetFreeQualifiedSubstitutesWhoMayKeepThatLesson() {
        EduPrincipal teacherC = p.account(8, "teacher3", Role.TEACHER, FakePlatform.SCHOOL_A, "Омаров");
        // teacher C teaches mathematics in 7Б on Mondays, period 2 (set up in the constructor for teacher A): give C a class of their own
        long c7v = as(director, () -> p.structure.createClass(new NewClass(FakePlatform.SCHOOL_A, year.id(), 7, "В", "kk", 1, null, null))).id();
        long mathId = math.subjectId();
        as(director, () -> p.structure.createAssignment(new NewAssignment(c7v, mathId, 8L, 1, null)));
        SubstitutionService.TeacherAbsence absence = as(director, () -> p.substitutions.markAbsent(FakePlatform.SCHOOL_A, 2L,
                LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 30), "Ауырды"));
        List<SubstitutionService.AffectedLesson> affected = as(director, () -> p.substitutions.affectedLessons(absence.id()));
        // teacher A: Monday 28 Sep math (1) + biology (4) + 7Б math (2), Wednesday 30 Sep math (2)
        assertEquals(4, affected.size());
        SubstitutionService.AffectedLesson mondayMath = affected.get(0);
        assertEquals(1, mondayMath.period());
        List<SubstitutionService.Candidate> candidates = as(director, () -> p.substitutions.candidates(mondayMath.lessonId()));
        assertEquals(8L, candidates.get(0).accountId(), "the free teacher of the subject comes first");
        assertTrue(candidates.get(0).teachesSubject());
        assertTrue(candidates.stream().noneMatch(c -> c.accountId() == 2L), "not the absent teacher");
        SubstitutionService.AffectedLesson mondayPhysicsTime = affected.stream().filter(a -> a.period() == 2).findFirst().orElseThrow();
        assertTrue(as(director, () -> p.substitutions.candidates(mondayPhysicsTime.lessonId())).stream().noneMatch(c -> c.accountId() == 3L),
                "teacher B teaches physics in 7А at that period");
        assertEquals(422, refused(director, () -> p.substitutions.assign(mondayPhysicsTime.lessonId(), 3L)).status());
        assertEquals(404, refused(directorB, () -> p.substitutions.candidates(mondayMath.lessonId())).status());
        assertEquals(403, refused(teacherB, () -> p.substitutions.markAbsent(FakePlatform.SCHOOL_A, 2L, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 9, 28), null)).status());

        SubstitutionService.AffectedLesson assigned = as(director, () -> p.substitutions.assign(mondayMath.lessonId(), 8L));
        assertTrue(assigned.substituteName().startsWith("Омаров"));
        assertEquals(1, p.sent.stream().filter(n -> n.recipientAccountId() == 8 && n.category().equals("school.substitution")).count());
        as(teacherC, () -> p.journal.setMark(mondayMath.lessonId(), 101, BigDecimal.valueOf(6), null));
        assertEquals(403, refused(teacherC, () -> p.journal.setMark(affected.get(3).lessonId(), 101, BigDecimal.valueOf(6), null)).status(),
                "only the substituted lesson");
        assertTrue(as(parent, () -> p.diary.week(101, LocalDate.of(2026, 9, 28))).stream()
                .anyMatch(e -> e.lessonId() == mondayMath.lessonId() && e.substituted() && e.teacher().startsWith("Омаров")));
        assertEquals(List.of(mondayMath.lessonId()), as(director, () -> p.substitutions.book(FakePlatform.SCHOOL_A, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 24))).stream().map(SubstitutionService.AffectedLesson::lessonId).toList());
        assertTrue(as(director, () -> p.substitutions.candidates(affected.get(2).lessonId())).stream().noneMatch(c -> c.accountId() == 8L
                && affected.get(2).period() == 1), "a substitute is busy at the period they substitute");
        as(director, () -> p.substitutions.unassign(mondayMath.lessonId()));
        assertEquals(List.of(), as(director, () -> p.substitutions.book(FakePlatform.SCHOOL_A, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24))));
    }

    @Test
    void reportsCountGradesAttendanceAndHowTheJournalIsKept() {
        Lesson f = lesson(math, LocalDate.of(2026, 9, 2));
        Lesson f2 = lesson(math, LocalDate.of(2026, 9, 9));
        as(teacherA, () -> p.journal.setMark(f.id(), 101, BigDecimal.valueOf(9), null));
        as(teacherA, () -> p.journal.setMark(f.id(), 102, BigDecimal.valueOf(5), null));
        as(teacherA, () -> p.journal.setMark(f2.id(), 103, BigDecimal.valueOf(3), null));
        as(teacherA, () -> p.journal.setMark(f2.id(), 104, BigDecimal.valueOf(7), null));
        as(teacherA, () -> {
            p.journal.deleteMark(f2.id(), 104);
            return null;
        });
        as(teacherA, () -> p.journal.setTermGrade(math.id(), q1.id(), 102, 4));
        as(teacherA, () -> p.journal.updateLesson(f.id(), "Бөлшектер", null, AssessmentKind.FORMATIVE, null));
        as(teacherB, () -> {
            p.journal.setAttendance(lesson(physics, LocalDate.of(2026, 9, 14)).id(), 101, AttendanceStatus.ILL);
            return null;
        });

        kz.digitaledu.platform.api.report.Report card = as(director, () -> p.reports.reportCard(c7a.id(), q1.id()));
        List<Object> row101 = card.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы101")).findFirst().orElseThrow();
        int mathColumn = card.tables().get(0).columns().stream().map(kz.digitaledu.platform.api.report.Report.Column::header).toList()
                .indexOf("Математика");
        assertEquals("5*", row101.get(mathColumn), "9/10 = 90 % → 5, recommended only");
        assertEquals(1, row101.get(row101.size() - 1), "one lesson missed (ill)");
        List<Object> row102 = card.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы102")).findFirst().orElseThrow();
        assertEquals(4, row102.get(mathColumn), "the teacher's final grade");
        assertEquals(card, as(teacherA, () -> p.reports.reportCard(c7a.id(), q1.id())), "the class teacher reads it");
        assertEquals(404, refused(teacherB, () -> p.reports.reportCard(c7a.id(), q1.id())).status());

        kz.digitaledu.platform.api.report.Report perf = as(director, () -> p.reports.performance(FakePlatform.SCHOOL_A, q1.id()));
        List<Object> mathRow = perf.tables().get(1).rows().stream().filter(r -> r.get(0).equals("Математика")).findFirst().orElseThrow();
        // 7А: 101 → 5*, 102 → 4 (final), 103 → 3/10 = 30 % → 2; 104 and 105 no grade; 7Б: 106 no grade
        assertEquals(List.of("Математика", 6, 3, 1, 1, 0, 1, new BigDecimal("66.7"), new BigDecimal("66.7")), mathRow);
        assertEquals(403, refused(directorB, () -> p.reports.performance(FakePlatform.SCHOOL_A, q1.id())).status());
        assertEquals(403, refused(teacherA, () -> p.reports.performance(FakePlatform.SCHOOL_A, q1.id())).status());

        kz.digitaledu.platform.api.report.Report quality = as(director, () -> p.reports.journalQuality(FakePlatform.SCHOOL_A, q1.id()));
        List<Object> q = quality.tables().get(0).rows().stream().filter(r -> r.get(0).equals("7А") && r.get(1).equals("Математика"))
                .findFirst().orElseThrow();
        // lessons before 1 Oct 2026 (today): Wednesdays 2, 9, 16, 23, 30 Sep + Mondays 14, 21, 28 Sep = 8; one has a topic;
        // the three marks left were all posted today, weeks after their lessons of 2 and 9 September
        assertEquals(List.of(8, 7, 6, 3, 1), q.subList(3, 8), "past lessons, without topic, without marks, late marks, deleted marks");
        kz.digitaledu.platform.api.report.Report attendance = as(teacherA, () -> p.reports.attendance(c7a.id(), q1.id()));
        assertEquals(List.of(1, 0, 1, 0, 0), attendance.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы101"))
                .findFirst().orElseThrow().subList(2, 7));
    }

    @Test
    void registersOfTheContingentAndTheTeachingLoad() {
        as(director, () -> p.structure.transfer(101, c7b.id(), LocalDate.of(2026, 9, 21), "№ 7"));
        as(director, () -> p.structure.leave(102, LocalDate.of(2026, 9, 25), "№ 9", "moved to Almaty"));
        kz.digitaledu.platform.api.report.Report movement = as(director, () -> p.reports.movement(FakePlatform.SCHOOL_A,
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 30)));
        assertEquals(1, movement.tables().get(0).rows().size(), "arrived: 101 in 7Б");
        assertEquals(2, movement.tables().get(1).rows().size(), "departed: 101 from 7А, 102");
        assertEquals("moved to Almaty", movement.tables().get(1).rows().get(1).get(4));
        kz.digitaledu.platform.api.report.Report book = as(director, () -> p.reports.alphabeticalBook(FakePlatform.SCHOOL_A));
        assertEquals(6, book.tables().get(0).rows().size(), "every student once");
        assertEquals("7Б", book.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы101")).findFirst()
                .orElseThrow().get(4), "the last class");
        kz.digitaledu.platform.api.report.Report load = as(director, () -> p.reports.teachingLoad(FakePlatform.SCHOOL_A, year.id()));
        List<Object> a = load.tables().get(0).rows().stream().filter(r -> r.get(0).toString().startsWith("Нұрланов")).findFirst().orElseThrow();
        assertEquals(4, a.get(2), "teacher A: math 7А (2) + biology 7А (1) + math 7Б (1)");
        assertEquals(403, refused(teacherA, () -> p.reports.teachingLoad(FakePlatform.SCHOOL_A, year.id())).status());
        assertEquals(403, refused(directorB, () -> p.reports.alphabeticalBook(FakePlatform.SCHOOL_A)).status());
    }

    @Test
    void aTeacherWhoTakesOverAnAssignmentKeepsItsJournalAndOnlyAnUnusedOneIsDeleted() {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 2));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(8), null));

        // bad changes name their field and change nothing; only the school's managers may change it
        EduException bad = refused(director, () -> p.structure.updateAssignment(math.id(), new SchoolStructureService.AssignmentChange(null, 0)));
        assertEquals(422, bad.status());
        assertEquals(List.of("teacherAccountId", "hoursPerWeek"), bad.fieldErrors().stream().map(EduException.FieldError::field).toList());
        assertEquals("teacherAccountId", refused(director, () -> p.structure.updateAssignment(math.id(),
                new SchoolStructureService.AssignmentChange(4L, 2))).fieldErrors().get(0).field(), "a director of another school");
        assertEquals(403, refused(teacherA, () -> p.structure.updateAssignment(math.id(), new SchoolStructureService.AssignmentChange(3L, 2)))
                .status());
        assertEquals(404, refused(directorB, () -> p.structure.updateAssignment(math.id(), new SchoolStructureService.AssignmentChange(4L, 2)))
                .status());
        assertEquals(math, as(director, () -> p.structure.findAssignment(math.id())).orElseThrow());

        // teacher B takes over: the journal and its mark stay, and now it is B's to keep
        Assignment changed = as(director, () -> p.structure.updateAssignment(math.id(), new SchoolStructureService.AssignmentChange(3L, 3)));
        assertEquals(3L, changed.teacherAccountId());
        assertEquals(3, changed.hoursPerWeek());
        assertEquals(1, as(teacherB, () -> p.journal.journal(math.id(), q1.id())).marks().size());
        assertTrue(as(teacherB, () -> p.journal.journal(math.id(), q1.id())).writable());
        as(teacherB, () -> p.journal.setMark(l.id(), 102, BigDecimal.valueOf(7), null));
        assertFalse(as(teacherA, () -> p.journal.journal(math.id(), q1.id())).writable(), "A is 7А's class teacher: reads, no longer writes");
        assertEquals(1, p.audit.stream().filter(a -> a.startsWith("school.assignment.update")).count());

        // an assignment with lessons is not deleted; one made by mistake is, with its periods of the weekly timetable
        assertEquals(409, refused(director, () -> {
            p.structure.deleteAssignment(math.id());
            return null;
        }).status());
        long chem = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "chem", "Химия", "Химия", "Chemistry"))).id();
        Assignment mistake = as(director, () -> p.structure.createAssignment(new NewAssignment(c7b.id(), chem, 2L, 2, null)));
        as(director, () -> p.structure.setWeeklyTimetable(c7b.id(), List.of(new TimetableSlot(DayOfWeek.MONDAY, 2,
                as(director, () -> p.structure.weeklyTimetable(c7b.id())).get(0).assignmentId()), new TimetableSlot(DayOfWeek.TUESDAY, 1, mistake.id()))));
        assertEquals(403, refused(teacherA, () -> {
            p.structure.deleteAssignment(mistake.id());
            return null;
        }).status());
        as(director, () -> {
            p.structure.deleteAssignment(mistake.id());
            return null;
        });
        assertTrue(as(director, () -> p.structure.findAssignment(mistake.id())).isEmpty());
        assertEquals(1, as(director, () -> p.structure.weeklyTimetable(c7b.id())).size(), "the other lesson of 7Б stays");
        assertEquals(1, p.audit.stream().filter(a -> a.startsWith("school.assignment.delete")).count());
    }

    @Test
    void homeworkFilesAreAttachedByTheTeacherAndReadByTheClassAndItsParentsOnly() throws Exception {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 30));
        java.util.function.Function<String, java.io.InputStream> text = s -> new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        kz.digitaledu.school.api.HomeworkFileService.Attachment sheet = as(teacherA, () -> p.homeworkFiles.attach(l.id(), "Жұмыс парағы.pdf",
                text.apply("%PDF-1.4 worksheet")));
        assertEquals("Жұмыс парағы.pdf", sheet.name());
        assertEquals(List.of(sheet), as(teacherA, () -> p.homeworkFiles.list(l.id())));
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.homework_file.attach lesson " + l.id() + " by teacher")));

        // the class (the student and the parent), the director and the class teacher read it; others do not learn it exists
        for (EduPrincipal reader : List.of(student, parent, director)) {
            try (java.io.InputStream in = as(reader, () -> p.homeworkFiles.open(l.id(), sheet.id())).content()) {
                assertEquals("%PDF-1.4 worksheet", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), reader.username());
            }
        }
        DiaryService.DiaryEntry wed = as(parent, () -> p.diary.week(101, LocalDate.of(2026, 9, 30))).stream()
                .filter(e -> e.lessonId() == l.id()).findFirst().orElseThrow();
        assertEquals(List.of(sheet), wed.files(), "the diary lists the lesson's files");
        EduPrincipal otherParent = p.account(8, "parent7b", Role.PARENT, FakePlatform.SCHOOL_A, "Ахметова");
        p.children.put(8L, List.of(106L));
        assertEquals(404, refused(otherParent, () -> p.homeworkFiles.open(l.id(), sheet.id())).status(), "a parent of 7Б");
        assertEquals(404, refused(directorB, () -> p.homeworkFiles.list(l.id())).status());

        // only the teacher who keeps the lesson attaches and removes; readers get 403, strangers 404
        assertEquals(403, refused(director, () -> p.homeworkFiles.attach(l.id(), "a.txt", text.apply("x"))).status());
        assertEquals(403, refused(student, () -> {
            p.homeworkFiles.detach(l.id(), sheet.id());
            return null;
        }).status());
        assertEquals(404, refused(directorB, () -> p.homeworkFiles.attach(l.id(), "a.txt", text.apply("x"))).status());

        // a file the platform refuses leaves nothing; at most ten per lesson
        EduException refusedKind = refused(teacherA, () -> p.homeworkFiles.attach(l.id(), "program.exe", text.apply("MZ")));
        assertEquals("file", refusedKind.fieldErrors().get(0).field());
        assertEquals(1, as(teacherA, () -> p.homeworkFiles.list(l.id())).size());
        for (int i = 2; i <= kz.digitaledu.school.api.HomeworkFileService.MAX_PER_LESSON; i++) {
            int n = i;
            as(teacherA, () -> p.homeworkFiles.attach(l.id(), "task" + n + ".txt", text.apply("task " + n)));
        }
        EduException tooMany = refused(teacherA, () -> p.homeworkFiles.attach(l.id(), "one-more.txt", text.apply("x")));
        assertEquals("school.validation.too_many_files", tooMany.fieldErrors().get(0).messageKey());
        int stored = p.files.size();
        assertEquals(kz.digitaledu.school.api.HomeworkFileService.MAX_PER_LESSON, stored, "the refused uploads left no file behind");

        as(teacherA, () -> {
            p.homeworkFiles.detach(l.id(), sheet.id());
            return null;
        });
        assertEquals(stored - 1, p.files.size(), "the file is gone from the platform too");
        assertEquals(404, refused(student, () -> p.homeworkFiles.open(l.id(), sheet.id())).status());
        Lesson other = lesson(physics, LocalDate.of(2026, 9, 28));
        long someFile = as(teacherA, () -> p.homeworkFiles.list(l.id())).get(0).id();
        assertEquals(404, refused(director, () -> p.homeworkFiles.open(other.id(), someFile)).status(), "a file of another lesson");
    }

    @Test
    void theCalendarThematicPlanFillsTheLessonsTopicsInOrderKeepingTopicsTypedByHand() {
        List<Lesson> lessons = as(director, () -> p.journal.journal(math.id(), q1.id())).lessons();
        as(teacherA, () -> p.journal.updateLesson(lessons.get(1).id(), "Менің тақырыбым", null, AssessmentKind.FORMATIVE, null));
        List<kz.digitaledu.school.api.LessonPlanService.PlanTopic> plan = as(teacherA, () -> p.plans.setPlan(math.id(), List.of(
                new kz.digitaledu.school.api.LessonPlanService.NewTopic("Натурал сандар", 2),
                new kz.digitaledu.school.api.LessonPlanService.NewTopic(" Бөлшектер ", 3),
                new kz.digitaledu.school.api.LessonPlanService.NewTopic("Ондық бөлшектер", 1))));
        assertEquals(List.of(1, 2, 3), plan.stream().map(t -> t.position()).toList());
        assertEquals("Бөлшектер", plan.get(1).title());
        assertEquals(plan, as(director, () -> p.plans.plan(math.id())), "the director reads the plan");

        kz.digitaledu.school.api.LessonPlanService.FillResult kept = as(teacherA, () -> p.plans.fillTopics(math.id(), false));
        assertEquals(new kz.digitaledu.school.api.LessonPlanService.FillResult(5, 1, lessons.size() - 6, 0, 6, lessons.size()), kept);
        List<Lesson> after = as(director, () -> p.journal.journal(math.id(), q1.id())).lessons();
        assertEquals(java.util.Arrays.asList("Натурал сандар", "Менің тақырыбым", "Бөлшектер", "Бөлшектер", "Бөлшектер",
                "Ондық бөлшектер", null), after.subList(0, 7).stream().map(Lesson::topic).toList());

        kz.digitaledu.school.api.LessonPlanService.FillResult overwritten = as(teacherA, () -> p.plans.fillTopics(math.id(), true));
        assertEquals(6, overwritten.filled());
        assertEquals("Натурал сандар", as(director, () -> p.journal.journal(math.id(), q1.id())).lessons().get(1).topic());

        // a plan with mistakes is refused whole, each row named
        EduException bad = refused(teacherA, () -> p.plans.setPlan(math.id(), List.of(
                new kz.digitaledu.school.api.LessonPlanService.NewTopic("  ", 2),
                new kz.digitaledu.school.api.LessonPlanService.NewTopic("Пропорция", 0))));
        assertEquals(List.of("topics[0].title", "topics[1].hours"), bad.fieldErrors().stream().map(EduException.FieldError::field).toList());
        assertEquals(3, as(teacherA, () -> p.plans.plan(math.id())).size(), "nothing changed");
        assertEquals(403, refused(director, () -> p.plans.setPlan(math.id(), List.of())).status());
        assertEquals(403, refused(director, () -> p.plans.fillTopics(math.id(), true)).status());
        assertEquals(404, refused(directorB, () -> p.plans.plan(math.id())).status());
        assertEquals(404, refused(teacherB, () -> p.plans.plan(math.id())).status(), "another teacher's plan");

        // from a workbook: title and header rows above, "№ | topic | hours" rows; a bad row is named by its number
        kz.digitaledu.platform.report.internal.ReportComponents.Renderer xlsx = new kz.digitaledu.platform.report.internal.ReportComponents.Renderer();
        java.util.function.Function<List<List<Object>>, byte[]> workbook = rows -> xlsx.xlsx(new kz.digitaledu.platform.api.report.Report(
                "ҚМЖ 7А математика", "2026–2027", List.of(new kz.digitaledu.platform.api.report.Report.Table("ҚМЖ",
                        List.of(kz.digitaledu.platform.api.report.Report.Column.of("№", 4), kz.digitaledu.platform.api.report.Report.Column.of("Тақырып", 40),
                                kz.digitaledu.platform.api.report.Report.Column.of("Сағат", 6)), rows))));
        List<kz.digitaledu.school.api.LessonPlanService.PlanTopic> imported = as(teacherA, () -> p.plans.importPlan(math.id(),
                new java.io.ByteArrayInputStream(workbook.apply(List.of(List.of(1, "Жиындар", 2), List.of(2, "Теңдеулер", 4))))));
        assertEquals(List.of("Жиындар", "Теңдеулер"), imported.stream().map(kz.digitaledu.school.api.LessonPlanService.PlanTopic::title).toList());
        assertEquals(List.of(2, 4), imported.stream().map(kz.digitaledu.school.api.LessonPlanService.PlanTopic::hours).toList());
        EduException badRow = refused(teacherA, () -> p.plans.importPlan(math.id(),
                new java.io.ByteArrayInputStream(workbook.apply(List.of(List.of(1, "Жиындар", 2), List.of(2, "Теңдеулер", "көп"))))));
        assertEquals("school.validation.plan_row", badRow.fieldErrors().get(0).messageKey());
        assertEquals(imported, as(teacherA, () -> p.plans.plan(math.id())), "a refused workbook changes nothing");
    }

    @Test
    void theYearReportCardAveragesTheTermGradesAndSaysWhatIsNotFinal() {
        as(teacherA, () -> p.journal.setMark(lesson(math, LocalDate.of(2026, 9, 2)).id(), 101, BigDecimal.valueOf(9), null));
        as(teacherA, () -> p.journal.setMark(lesson(math, LocalDate.of(2026, 9, 9)).id(), 103, BigDecimal.valueOf(3), null));
        kz.digitaledu.platform.api.report.Report card = as(director, () -> p.reports.reportCard(c7a.id(), q1.id()));
        int mathColumn = card.tables().get(0).columns().stream().map(kz.digitaledu.platform.api.report.Report.Column::header).toList()
                .indexOf("Математика");

        // the year: term 1 only so far (term 2 has no lessons): the year grade is term 1's, marked incomplete (†)
        as(teacherA, () -> p.journal.setTermGrade(math.id(), q1.id(), 101, 4));
        kz.digitaledu.platform.api.report.Report year = as(director, () -> p.reports.yearReportCard(c7a.id()));
        List<Object> year101 = year.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы101")).findFirst().orElseThrow();
        assertEquals("4†", year101.get(mathColumn), "the teacher's term grade 4, the year not complete");
        List<Object> year103 = year.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы103")).findFirst().orElseThrow();
        assertEquals("2*†", year103.get(mathColumn), "recommended only");
        assertEquals(null, year.tables().get(0).rows().stream().filter(r -> r.get(1).toString().startsWith("Оқушы105")).findFirst()
                .orElseThrow().get(mathColumn), "no marks, no grade");
        assertTrue(year.subtitle().contains("incomplete_note"), year.subtitle());
        assertEquals(404, refused(teacherB, () -> p.reports.yearReportCard(c7a.id())).status());

        // the teacher's year grades: the recommendation per student, then the final one, which the report card shows
        List<kz.digitaledu.school.api.JournalService.YearGrade> years = as(teacherA, () -> p.journal.yearGrades(math.id()));
        kz.digitaledu.school.api.JournalService.YearGrade y101 = years.stream().filter(g -> g.studentPersonId() == 101).findFirst().orElseThrow();
        assertEquals(java.util.Arrays.asList(4, null), y101.termGrades());
        assertEquals(4, y101.recommended());
        assertFalse(y101.complete());
        assertEquals(null, y101.finalGrade());
        assertEquals(5, as(teacherA, () -> p.journal.setYearGrade(math.id(), 101, 5)).finalGrade());
        assertEquals(5, as(director, () -> p.reports.yearReportCard(c7a.id())).tables().get(0).rows().stream()
                .filter(r -> r.get(1).toString().startsWith("Оқушы101")).findFirst().orElseThrow().get(mathColumn));
        assertEquals(422, refused(teacherA, () -> p.journal.setYearGrade(math.id(), 101, 6)).status());
        assertEquals(422, refused(teacherA, () -> p.journal.setYearGrade(math.id(), 106, 4)).status(), "a student of 7Б");
        assertEquals(403, refused(director, () -> p.journal.setYearGrade(math.id(), 101, 4)).status());
        assertEquals(404, refused(directorB, () -> p.journal.yearGrades(math.id())).status());
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.year_grade.set year_grade " + math.id() + "/101 by teacher")));
        assertEquals(List.of(5, 4, 3), List.of(kz.digitaledu.school.api.GradingPolicy.yearGrade(List.of(4, 4, 5, 5)).orElseThrow(),
                kz.digitaledu.school.api.GradingPolicy.yearGrade(List.of(3, 4, 4)).orElseThrow(),
                kz.digitaledu.school.api.GradingPolicy.yearGrade(List.of(3, 3, 4)).orElseThrow()), "halves go up");
    }

    @Test
    void aSplitSubjectsGroupsKeepTheirOwnJournalsDiariesAndReportCardColumn() {
        long englishId = as(director, () -> p.structure.createSubject(new NewSubject(FakePlatform.SCHOOL_A, "english", "Ағылшын тілі",
                "Английский язык", "English"))).id();
        kz.digitaledu.school.api.ClassGroup g1 = as(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup(" Ағылшын 1 ", List.of(101L, 102L, 103L))));
        kz.digitaledu.school.api.ClassGroup g2 = as(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("Ағылшын 2", List.of(104L, 105L))));
        assertEquals("Ағылшын 1", g1.name());
        assertEquals(List.of(101L, 102L, 103L), g1.studentPersonIds());
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.group.create school_group " + g1.id() + " by director")));

        // bad groups: every mistake refused, nothing stored
        assertEquals("validation.required", refused(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("  ", List.of()))).fieldErrors().get(0).messageKey());
        assertEquals("school.validation.group_name", refused(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("<b>1</b>", List.of()))).fieldErrors().get(0).messageKey());
        assertEquals("school.validation.group_taken", refused(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("ағылшын 1", List.of()))).fieldErrors().get(0).messageKey());
        EduException stranger = refused(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("Ағылшын 3", List.of(101L, 106L, 101L))));
        assertEquals(List.of("studentPersonIds[1]", "studentPersonIds[2]"), stranger.fieldErrors().stream().map(f -> f.field()).toList());
        assertEquals("school.validation.student_not_in_class_year", stranger.fieldErrors().get(0).messageKey());
        assertEquals(403, refused(teacherA, () -> p.structure.createGroup(c7a.id(), new SchoolStructureService.NewGroup("X", List.of()))).status());
        assertEquals(404, refused(directorB, () -> p.structure.createGroup(c7a.id(), new SchoolStructureService.NewGroup("X", List.of()))).status());
        assertEquals(List.of("Ағылшын 1", "Ағылшын 2"), as(director, () -> p.structure.groups(c7a.id())).stream()
                .map(kz.digitaledu.school.api.ClassGroup::name).toList());
        assertEquals(List.of(), as(directorB, () -> p.structure.groups(c7a.id())), "another school sees no groups");
        assertEquals("school.validation.group_unknown", refused(director, () -> p.structure.createAssignment(
                new NewAssignment(c7b.id(), englishId, 2L, 2, g1.id()))).fieldErrors().get(0).messageKey(), "7Б has no such group");

        Assignment en1 = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), englishId, 2L, 2, g1.id())));
        Assignment en2 = as(director, () -> p.structure.createAssignment(new NewAssignment(c7a.id(), englishId, 3L, 2, g2.id())));
        assertEquals(g1.id(), en1.groupId());
        // both groups at the same period, each with its own teacher
        List<TimetableSlot> week = new java.util.ArrayList<>(as(director, () -> p.structure.weeklyTimetable(c7a.id())));
        week.add(new TimetableSlot(DayOfWeek.TUESDAY, 1, en1.id()));
        week.add(new TimetableSlot(DayOfWeek.TUESDAY, 1, en2.id()));
        as(director, () -> p.structure.setWeeklyTimetable(c7a.id(), week));
        as(director, () -> p.structure.generateLessons(c7a.id(), q1.id()));

        JournalService.JournalPage j1 = as(teacherA, () -> p.journal.journal(en1.id(), q1.id()));
        JournalService.JournalPage j2 = as(teacherB, () -> p.journal.journal(en2.id(), q1.id()));
        assertEquals(List.of(101L, 102L, 103L), j1.students().stream().map(SchoolStructureService.Student::personId).sorted().toList());
        assertEquals(List.of(104L, 105L), j2.students().stream().map(SchoolStructureService.Student::personId).sorted().toList());
        assertEquals(List.of(101L, 102L, 103L, 104L, 105L), as(teacherA, () -> p.journal.journal(math.id(), q1.id())).students().stream()
                .map(SchoolStructureService.Student::personId).sorted().toList(), "a whole-class journal keeps everyone");
        assertEquals("Ағылшын 1", as(teacherA, () -> p.journal.journals()).stream().filter(r -> r.assignmentId() == en1.id()).findFirst()
                .orElseThrow().groupName());
        assertNull(as(teacherA, () -> p.journal.journals()).stream().filter(r -> r.assignmentId() == math.id()).findFirst()
                .orElseThrow().groupName());

        LocalDate tuesday = LocalDate.of(2026, 9, 29);
        Lesson l1 = lesson(en1, tuesday);
        Lesson l2 = lesson(en2, tuesday);
        assertEquals(l1.period(), l2.period());
        EduException notInGroup = refused(teacherA, () -> p.journal.setMark(l1.id(), 104, BigDecimal.valueOf(8), null));
        assertEquals("school.validation.student_not_in_group", notInGroup.fieldErrors().get(0).messageKey());
        assertEquals(List.of("Ағылшын 1"), notInGroup.fieldErrors().get(0).args());
        assertEquals(0, p.count("MarkEntity"), "nothing written");
        as(teacherA, () -> p.journal.setMark(l1.id(), 101, BigDecimal.valueOf(9), null));
        as(teacherA, () -> p.journal.setMark(l1.id(), 103, BigDecimal.valueOf(6), null));
        as(teacherB, () -> p.journal.setMark(l2.id(), 104, BigDecimal.valueOf(5), null));
        assertEquals(404, refused(teacherB, () -> p.journal.setMark(l1.id(), 101, BigDecimal.valueOf(2), null)).status(),
                "the other group's journal is not theirs");

        // the diary: a student sees their group's lessons only
        List<DiaryService.DiaryEntry> diary = as(student, () -> p.diary.week(101, tuesday));
        assertTrue(diary.stream().anyMatch(e -> e.lessonId() == l1.id()));
        assertFalse(diary.stream().anyMatch(e -> e.lessonId() == l2.id()), "another group's lesson is not in the diary");
        List<Long> subjects = as(parent, () -> p.diary.summary(101, tuesday)).stream().map(DiaryService.SubjectSummary::assignmentId).toList();
        assertTrue(subjects.contains(en1.id()) && !subjects.contains(en2.id()), subjects.toString());

        // the report card has one English column; each student's grade comes from their group
        kz.digitaledu.platform.api.report.Report card = as(director, () -> p.reports.reportCard(c7a.id(), q1.id()));
        List<String> headers = card.tables().get(0).columns().stream().map(kz.digitaledu.platform.api.report.Report.Column::header).toList();
        assertEquals(1, headers.stream().filter("Английский язык"::equals).count(), headers.toString());
        int en = headers.indexOf("Английский язык");
        java.util.function.Function<String, Object> gradeOf = name -> card.tables().get(0).rows().stream()
                .filter(r -> r.get(1).toString().startsWith(name)).findFirst().orElseThrow().get(en);
        assertEquals("5*", gradeOf.apply("Оқушы101"), "9/10 in group 1");
        assertEquals("3*", gradeOf.apply("Оқушы104"), "5/10 in group 2");
        assertNull(gradeOf.apply("Оқушы102"));
        kz.digitaledu.platform.api.report.Report perf = as(director, () -> p.reports.performance(FakePlatform.SCHOOL_A, q1.id()));
        List<Object> englishRow = perf.tables().get(1).rows().stream().filter(r -> r.get(0).equals("Английский язык")).findFirst().orElseThrow();
        assertEquals(5, englishRow.get(1), "five students learn English, each counted once");

        // 103 moves to group 2: their mark stays in group 1's journal, new marks go to group 2
        kz.digitaledu.school.api.ClassGroup moved = as(director, () -> p.structure.setGroupMembers(g2.id(), List.of(103L, 104L, 105L)));
        as(director, () -> p.structure.setGroupMembers(g1.id(), List.of(101L, 102L)));
        assertEquals(List.of(103L, 104L, 105L), moved.studentPersonIds());
        assertTrue(as(teacherA, () -> p.journal.journal(en1.id(), q1.id())).students().stream().anyMatch(st -> st.personId() == 103));
        assertTrue(as(teacherB, () -> p.journal.journal(en2.id(), q1.id())).students().stream().anyMatch(st -> st.personId() == 103));
        assertEquals("school.validation.student_not_in_group", refused(teacherA, () -> p.journal.setMark(l1.id(), 103, BigDecimal.valueOf(7),
                null)).fieldErrors().get(0).messageKey());
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.group.members school_group " + g2.id())));
        assertEquals("school.validation.student_not_in_class_year", refused(director, () -> p.structure.setGroupMembers(g2.id(),
                List.of(106L))).fieldErrors().get(0).messageKey());
        assertEquals(List.of(103L, 104L, 105L), as(director, () -> p.structure.groups(c7a.id())).get(1).studentPersonIds(), "unchanged");

        // a group that is taught cannot be deleted; an unused one can
        assertEquals(409, refused(director, () -> {
            p.structure.deleteGroup(g1.id());
            return null;
        }).status());
        kz.digitaledu.school.api.ClassGroup spare = as(director, () -> p.structure.createGroup(c7a.id(),
                new SchoolStructureService.NewGroup("Информатика 1", List.of(101L))));
        as(director, () -> {
            p.structure.deleteGroup(spare.id());
            return null;
        });
        assertEquals(2, as(director, () -> p.structure.groups(c7a.id())).size());

        // a published timetable's group lessons find their group's assignment by the group's name, whoever teaches
        LocalDate from = LocalDate.of(2026, 11, 2);
        p.published = (school, date) -> Optional.of(new PublishedTimetable(78, FakePlatform.SCHOOL_A, "Groups", from,
                Instant.parse("2026-10-30T10:00:00Z"), List.of(published(DayOfWeek.TUESDAY, 3, "English", "Вакансия", "7А Ағылшын 2"),
                        published(DayOfWeek.TUESDAY, 4, "English", "Вакансия", "7a-ағылшын 1"),
                        published(DayOfWeek.TUESDAY, 5, "English", "Вакансия", "7А"))));
        SchoolStructureService.TimetableAdoption adopted = as(director, () -> p.structure.adoptPublishedTimetable(year.id(), from));
        assertEquals(List.of(new TimetableSlot(DayOfWeek.TUESDAY, 3, en2.id()), new TimetableSlot(DayOfWeek.TUESDAY, 4, en1.id())),
                as(director, () -> p.structure.weeklyTimetable(c7a.id())));
        assertEquals(List.of("assignment"), adopted.unmatched().stream().map(SchoolStructureService.UnmatchedLesson::reason).toList(),
                "the whole class's English has two group assignments and names neither");
    }

    @Test
    void aCommentToAStudentIsKeptWithTheMarkAndShownInTheDiary() {
        Lesson l = lesson(math, LocalDate.of(2026, 9, 30));
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), null));
        long told = p.sent.stream().filter(n -> n.category().equals("school.mark")).count();
        JournalService.Mark withComment = as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), "Жақсы шешім, бірақ жазуға мұқият бол"));
        assertEquals("Жақсы шешім, бірақ жазуға мұқият бол", withComment.comment());
        assertEquals(1, as(director, () -> p.journal.history(math.id(), 101L)).size(), "a comment is not a new mark in the history");
        assertEquals(told, p.sent.stream().filter(n -> n.category().equals("school.mark")).count(), "nor a new-mark notification");
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.mark.comment mark")), p.audit.toString());
        DiaryService.DiaryEntry entry = as(parent, () -> p.diary.week(101, l.date())).stream().filter(e -> e.lessonId() == l.id())
                .findFirst().orElseThrow();
        assertEquals("Жақсы шешім, бірақ жазуға мұқият бол", entry.comment());
        assertEquals("validation.too_long", refused(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), "ә".repeat(501)))
                .fieldErrors().get(0).messageKey());
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(9), " "));
        assertNull(as(parent, () -> p.diary.week(101, l.date())).stream().filter(e -> e.lessonId() == l.id()).findFirst().orElseThrow()
                .comment(), "a blank comment removes it");
        as(teacherA, () -> p.journal.setMark(l.id(), 101, BigDecimal.valueOf(8), "Түзетілді"));
        assertEquals(2, as(director, () -> p.journal.history(math.id(), 101L)).size(), "a changed mark is in the history");
    }

    @Test
    void aNewStudentIsRegisteredAndEnrolledOrNothingIsWritten() {
        int people = p.people.size();
        SchoolStructureService.NewStudent bad = new SchoolStructureService.NewStudent(" ", "Айдана", null, null, LocalDate.of(2013, 4, 2),
                kz.digitaledu.platform.api.Gender.FEMALE, LocalDate.of(2026, 10, 1), "№ 45");
        EduException noName = refused(director, () -> p.structure.enrolNewStudent(c7a.id(), bad));
        assertEquals("lastName", noName.fieldErrors().get(0).field(), "the platform's row prefix is gone");
        SchoolStructureService.NewStudent good = new SchoolStructureService.NewStudent("Қасымова", "Айдана", null, null, LocalDate.of(2013, 4, 2),
                kz.digitaledu.platform.api.Gender.FEMALE, LocalDate.of(2026, 10, 1), "№ 45");
        EduException summer = refused(director, () -> p.structure.enrolNewStudent(c7a.id(), new SchoolStructureService.NewStudent("Қасымова",
                "Айдана", null, null, null, null, LocalDate.of(2027, 7, 1), null)));
        assertEquals("from", summer.fieldErrors().get(0).field());
        assertEquals("school.validation.date_outside_year", summer.fieldErrors().get(0).messageKey());
        assertEquals(403, refused(teacherA, () -> p.structure.enrolNewStudent(c7a.id(), good)).status());
        assertEquals(404, refused(directorB, () -> p.structure.enrolNewStudent(c7a.id(), good)).status());
        assertEquals(people, p.people.size(), "no person was created by a refused enrolment");

        kz.digitaledu.school.api.Enrolment e = as(director, () -> p.structure.enrolNewStudent(c7a.id(), good));
        assertEquals(c7a.id(), e.classId());
        assertEquals("№ 45", e.orderIn());
        assertEquals(people + 1, p.people.size());
        assertTrue(as(director, () -> p.structure.students(c7a.id(), LocalDate.of(2026, 10, 1))).stream()
                .anyMatch(st -> st.personId() == e.studentPersonId() && st.fullName().startsWith("Қасымова")));
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.student.enrol enrolment " + e.id())));

        // enrolled in the wrong class: moved the same day, the enrolment is corrected (no empty stay in 7А is left)
        kz.digitaledu.school.api.Enrolment moved = as(director, () -> p.structure.transfer(e.studentPersonId(), c7b.id(),
                LocalDate.of(2026, 10, 1), "№ 46"));
        assertEquals(c7b.id(), moved.classId());
        List<kz.digitaledu.school.api.Enrolment> hers = as(director, () -> p.structure.enrolments(FakePlatform.SCHOOL_A)).stream()
                .filter(x -> x.studentPersonId() == e.studentPersonId()).toList();
        assertEquals(1, hers.size(), hers.toString());
        assertEquals(LocalDate.of(2026, 10, 1), hers.get(0).fromDate());
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.student.transfer enrolment " + e.id())));
    }
}
