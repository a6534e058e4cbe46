package kz.digitaledu.timetable.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException.FieldError;
import kz.digitaledu.platform.api.report.SpreadsheetReader.Row;
import kz.digitaledu.platform.api.report.SpreadsheetReader.Sheet;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.internal.fet.DefaultFetInterchange;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Timetable;
import org.junit.jupiter.api.Test;

class WorkbookTimetableTest {

    private static Sheet sheet(String name, List<String>... rows) {
        List<Row> out = new ArrayList<>();
        out.add(new Row(1, List.of("header")));
        for (int i = 0; i < rows.length; i++) {
            out.add(new Row(i + 2, rows[i]));
        }
        return new Sheet(name, out);
    }

    private static List<Sheet> school(List<String>... curriculum) {
        return List.of(
                sheet("Week", List.of("Mon", "4"), List.of("Tue", "4"), List.of("Wed", "3")),
                sheet("Rooms", List.of("101", "Main", "class", "30"), List.of("102", "Main", "class", "30"), List.of("Gym", "Annex", "gym", "60")),
                sheet("Teachers", List.of("Aigul", "3", "2", "Mon 1-2; Wed"), List.of("Berik", "", "", "")),
                sheet("Classes", List.of("7A", "26", "7A en, 7A de"), List.of("7B", "24", "")),
                sheet("Curriculum", curriculum));
    }

    @Test
    void aFilledWorkbookBecomesAFetFileWithEveryLessonAndCondition() throws Exception {
        WorkbookTimetable.Result r = WorkbookTimetable.read(school(
                List.of("7A", "Algebra", "Aigul", "3", "1", "", "yes"),
                List.of("7A, 7B", "PE", "Berik", "2", "2", "gym", ""),
                List.of("7A en", "English", "Berik", "2", "1", "", "no"),
                List.of("7A de", "German", "Aigul", "2.0", "", "", "")));
        assertEquals(List.of(), r.errors());
        assertEquals(8, r.lessons(), "3 + one double + 2 + 2");
        FetImportResult imported = new DefaultFetInterchange().read(new ByteArrayInputStream(r.fet().getBytes(StandardCharsets.UTF_8)), "w.fet");
        assertTrue(imported.unmappedHard().isEmpty(), imported.unmappedHard().toString());
        Timetable t = imported.timetable();
        assertEquals(8, t.getLessons().size());
        assertEquals(List.of("Mon", "Tue", "Wed"), t.getDayNames());
        Lesson pe = t.getLessons().stream().filter(l -> l.getSubject().getName().equals("PE")).findFirst().orElseThrow();
        assertEquals(2, pe.getDuration());
        assertEquals(Set.of("7A", "7B"), pe.getGroups().stream().map(StudentGroup::getName).collect(Collectors.toSet()));
        assertEquals(List.of("Gym"), pe.getRoomRange().stream().map(x -> x.getName()).toList(), "the gym is the only room of its type");
        Lesson algebra = t.getLessons().stream().filter(l -> l.getSubject().getName().equals("Algebra")).findFirst().orElseThrow();
        // Aigul cannot teach on Monday periods 1-2 nor on Wednesday: those starts are not offered
        assertTrue(algebra.getTimeslotRange().stream().noneMatch(s -> s.getDayIndex() == 2 || (s.getDayIndex() == 0 && s.getPeriod() < 2)),
                algebra.getTimeslotRange().toString());
        // Wednesday has 3 periods: its 4th is a break for everyone
        assertTrue(t.getLessons().stream().allMatch(l -> l.getTimeslotRange().stream().noneMatch(s -> s.getDayIndex() == 2 && s.getPeriod() == 3)));
        // a group lesson and the class lessons cannot overlap (the group is part of the class)
        Lesson english = t.getLessons().stream().filter(l -> l.getSubject().getName().equals("English")).findFirst().orElseThrow();
        assertTrue(english.sharesStudents(algebra));
        assertTrue(r.fet().contains("<ConstraintTeacherMaxHoursDaily><Weight_Percentage>100</Weight_Percentage><Teacher_Name>Aigul</Teacher_Name>"));
        assertTrue(r.fet().contains("<MinDays>1</MinDays>"), "algebra is spread over the week");
    }

    @Test
    void theBellsNameThePeriodsByTheirTimesAndWrongBellsAreNamed() {
        List<Sheet> sheets = new ArrayList<>(school(List.of("7A", "Algebra", "Aigul", "3", "1", "", "")));
        sheets.add(sheet("Bells", List.of("1", "08:30", "09:15"), List.of("2", "09:20", "10:05"), List.of("3", "0.4375", "11:15"),
                List.of("4", "11:25", "12:10")));
        WorkbookTimetable.Result r = WorkbookTimetable.read(sheets);
        assertEquals(List.of(), r.errors());
        assertTrue(r.fet().contains("<Hour><Name>10:30-11:15</Name></Hour>"), "0.4375 of a day is 10:30");
        assertTrue(r.fet().contains("<Not_Available_Time><Day>Mon</Day><Hour>08:30-09:15</Hour></Not_Available_Time>"), r.fet());

        sheets.set(5, sheet("Bells", List.of("1", "08:30", "09:15"), List.of("2", "09:00", "09:45"), List.of("3", "10:30", "10:00"),
                List.of("4", "11:25", "12:10")));
        List<String> found = WorkbookTimetable.read(sheets).errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
        assertTrue(found.contains("bells!4!period timetable.workbook.bells"), found.toString());
    }

    @Test
    void everyMistakeIsNamedBySheetRowAndColumnAndNoFileIsWritten() {
        List<Sheet> sheets = new ArrayList<>(school(
                List.of("7C", "Algebra", "Nobody", "3", "2", "pool", "maybe"),
                List.of("", "", "Aigul", "x", "1", "", "")));
        sheets.set(2, sheet("Teachers", List.of("Aigul", "30", "", "Sun 1"), List.of("Aigul", "", "", "Mon 7-9")));
        WorkbookTimetable.Result r = WorkbookTimetable.read(sheets);
        assertNull(r.fet());
        List<String> found = r.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
        for (String expected : List.of("teachers!2!maxDaily timetable.workbook.range", "teachers!2!notAvailable timetable.workbook.times",
                "teachers!3!teacher timetable.workbook.duplicate", "teachers!3!notAvailable timetable.workbook.times",
                "curriculum!2!classes timetable.workbook.unknown_class", "curriculum!2!teachers timetable.workbook.unknown_teacher",
                "curriculum!2!length timetable.workbook.multiple", "curriculum!2!roomType timetable.workbook.unknown_room_type",
                "curriculum!2!spread timetable.workbook.yes_no", "curriculum!3!classes timetable.workbook.required",
                "curriculum!3!subject timetable.workbook.name", "curriculum!3!hours timetable.workbook.range")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        FieldError unknown = r.errors().stream().filter(e -> e.messageKey().equals("timetable.workbook.unknown_class")).findFirst().orElseThrow();
        assertEquals(List.of("7C"), unknown.args());
        assertEquals("file!0!sheets", WorkbookTimetable.read(sheets.subList(0, 3)).errors().get(0).field());
    }
}
