package kz.digitaledu.timetable.solver.internal.fet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.fet.FetError;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.internal.DefaultTimetableSolverService;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.SlotSelectionLimit;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.DayIntervalLimit;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timetable;

class DefaultFetInterchangeTest {

    private final DefaultFetInterchange fet = new DefaultFetInterchange();
    private final DefaultTimetableSolverService service = new DefaultTimetableSolverService();

    @AfterEach
    void close() {
        service.close();
    }

    private static String smallSchool() throws IOException {
        try (InputStream in = DefaultFetInterchangeTest.class.getResourceAsStream("/fet/small-school.fet")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private FetImportResult read(String xml) throws Exception {
        return fet.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static Lesson lesson(Timetable t, String id) {
        return t.getLessons().stream().filter(l -> l.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void importsModelAndReportsUnmappedConstraints() throws Exception {
        FetImportResult r = read(smallSchool());
        Timetable t = r.timetable();
        assertEquals(10, t.getLessons().size(), "the inactive activity 11 is skipped");
        assertEquals(12, t.getTimeslots().size());
        assertEquals(List.of("Mon", "Tue", "Wed"), t.getDayNames());
        assertEquals(3, t.getTeachers().size());
        assertEquals(3, t.getRooms().size());
        Lesson lang = lesson(t, "7");
        assertEquals(2, lang.getDuration());
        assertEquals("7A en", lang.getGroups().get(0).getName());
        Lesson chem = lesson(t, "10");
        assertEquals(50, chem.getStudentCount());
        assertTrue(chem.isPinned());
        assertEquals("Wed", chem.getTimeslot().getDayName());
        assertEquals("1", chem.getTimeslot().getPeriodName());
        assertEquals("Lab", chem.getRoom().getName());
        Teacher berik = t.getTeachers().stream().filter(x -> x.getName().equals("Berik")).findFirst().orElseThrow();
        assertEquals(Set.of(0, 1), berik.getUnavailable());
        // 7A subgroups are the atoms of 7A and of year 7
        assertEquals(2, lesson(t, "1").getAtoms().size());
        assertEquals(3, lesson(t, "10").getAtoms().size());
        assertEquals(Map.of("ConstraintActivitiesSameStartingHour", 1, "ConstraintTeacherMaxSpanPerDay", 1),
                r.unmappedConstraints());
        assertEquals(Map.of("ConstraintTeacherMaxSpanPerDay", 1), r.unmappedHard());
        assertFalse(r.supported());
        assertEquals(1, r.mappedConstraints().get("ConstraintActivityPreferredStartingTime"));
        assertEquals(2, r.mappedConstraints().get("ConstraintMinDaysBetweenActivities"));
        // home room of 7B applies to its own lessons, not to the subject-preferred language lesson
        assertTrue(lesson(t, "4").getRoomPreferences().get(0).hard());
        assertEquals(1, lesson(t, "9").getRoomPreferences().size());
        assertFalse(lesson(t, "9").getRoomPreferences().get(0).hard());
        assertFalse(lesson(t, "1").isNeedsRoom());
    }

    @Test
    void supportedWhenEveryHardConstraintIsModelled() throws Exception {
        String xml = smallSchool().replaceAll("<ConstraintTeacherMaxSpanPerDay>.*</ConstraintTeacherMaxSpanPerDay>", "");
        FetImportResult r = read(xml);
        assertTrue(r.supported(), r.unmappedHard()::toString);
        assertEquals(1, r.unmappedConstraints().size(), "the soft one is still reported");
    }

    @Test
    void endOfDayMinGapsMinDaysIntervalsAndSlotSelectionsAreModelled() throws Exception {
        String rules = "<ConstraintActivityEndsStudentsDay><Weight_Percentage>100</Weight_Percentage><Activity_Id>1</Activity_Id>"
                + "<Active>true</Active></ConstraintActivityEndsStudentsDay>"
                + "<ConstraintActivitiesEndStudentsDay><Weight_Percentage>60</Weight_Percentage><Teacher_Name></Teacher_Name>"
                + "<Students_Name></Students_Name><Subject_Name>Chem</Subject_Name><Activity_Tag_Name></Activity_Tag_Name>"
                + "<Active>true</Active></ConstraintActivitiesEndStudentsDay>"
                + "<ConstraintMinGapsBetweenActivities><Weight_Percentage>100</Weight_Percentage><Number_of_Activities>3</Number_of_Activities>"
                + "<Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id><Activity_Id>4</Activity_Id><MinGaps>1</MinGaps>"
                + "<Active>true</Active></ConstraintMinGapsBetweenActivities>"
                + "<ConstraintTeachersMinDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Minimum_Days_Per_Week>2</Minimum_Days_Per_Week>"
                + "<Active>true</Active></ConstraintTeachersMinDaysPerWeek>"
                + "<ConstraintTeacherMinDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Teacher_Name>Aigul</Teacher_Name>"
                + "<Minimum_Days_Per_Week>3</Minimum_Days_Per_Week><Active>true</Active></ConstraintTeacherMinDaysPerWeek>"
                + "<ConstraintTeacherIntervalMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Teacher_Name>Aigul</Teacher_Name>"
                + "<Interval_Start_Hour>2</Interval_Start_Hour><Interval_End_Hour></Interval_End_Hour><Max_Days_Per_Week>2</Max_Days_Per_Week>"
                + "<Active>true</Active></ConstraintTeacherIntervalMaxDaysPerWeek>"
                + "<ConstraintStudentsSetIntervalMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Students>7B</Students>"
                + "<Interval_Start_Hour>1</Interval_Start_Hour><Interval_End_Hour>2</Interval_End_Hour><Max_Days_Per_Week>1</Max_Days_Per_Week>"
                + "<Active>true</Active></ConstraintStudentsSetIntervalMaxDaysPerWeek>"
                + "<ConstraintActivitiesOccupyMaxTimeSlotsFromSelection><Weight_Percentage>100</Weight_Percentage>"
                + "<Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>4</Activity_Id>"
                + "<Number_of_Selected_Time_Slots>2</Number_of_Selected_Time_Slots>"
                + "<Selected_Time_Slot><Selected_Day>Mon</Selected_Day><Selected_Hour>1</Selected_Hour></Selected_Time_Slot>"
                + "<Selected_Time_Slot><Selected_Day>Tue</Selected_Day><Selected_Hour>1</Selected_Hour></Selected_Time_Slot>"
                + "<Max_Number_of_Occupied_Time_Slots>1</Max_Number_of_Occupied_Time_Slots><Active>true</Active>"
                + "</ConstraintActivitiesOccupyMaxTimeSlotsFromSelection>";
        String xml = smallSchool().replaceAll("<ConstraintTeacherMaxSpanPerDay>.*</ConstraintTeacherMaxSpanPerDay>", "")
                .replace("</Time_Constraints_List>", rules + "</Time_Constraints_List>");
        FetImportResult r = read(xml);
        assertTrue(r.supported(), r.unmappedHard()::toString);
        Timetable t = r.timetable();
        assertTrue(lesson(t, "1").getEndsStudentsDay().hard());
        assertFalse(lesson(t, "10").getEndsStudentsDay().hard(), "chemistry should end the day (60%)");
        assertEquals(60, lesson(t, "10").getEndsStudentsDay().weight());
        assertEquals(null, lesson(t, "2").getEndsStudentsDay());
        assertEquals(3, t.getRelations().stream().filter(x -> x.getKind() == LessonRelation.Kind.MIN_GAPS && x.getMinDays() == 1).count());
        Teacher aigul = t.getTeachers().stream().filter(x -> x.getName().equals("Aigul")).findFirst().orElseThrow();
        Teacher berik = t.getTeachers().stream().filter(x -> x.getName().equals("Berik")).findFirst().orElseThrow();
        assertEquals(3, aigul.getMinDaysPerWeek().value(), "the higher minimum of the two");
        assertEquals(2, berik.getMinDaysPerWeek().value());
        DayIntervalLimit aigulLate = t.getDayIntervalLimits().stream().filter(d -> d.teacher() == aigul).findFirst().orElseThrow();
        assertEquals(List.of(1, 4, 2), List.of(aigulLate.fromPeriod(), aigulLate.toPeriod(), aigulLate.maxDays().value()),
                "from the second hour to the end of the day");
        assertEquals(List.of("7B"), t.getDayIntervalLimits().stream().filter(d -> d.atom() != null).map(d -> d.atom().getName()).toList(),
                "7B has no subgroups: it is its own atom");
        SlotSelectionLimit sel = t.getSlotSelections().get(0);
        assertEquals(Set.of("1", "4"), sel.lessonIds());
        assertEquals(Set.of(0, 4), sel.slots());
        assertEquals(1, sel.max().value());

        // an unknown hour in an interval is named with its line and nothing is built
        FetImportException bad = assertThrows(FetImportException.class, () -> read(xml.replace(
                "<Interval_Start_Hour>2</Interval_Start_Hour>", "<Interval_Start_Hour>9</Interval_Start_Hour>")));
        assertTrue(bad.getErrors().stream().anyMatch(e -> e.message().contains("unknown hour '9'") && e.line() > 0), bad.getErrors()::toString);
    }

    @Test
    void solvesImportedFileLikeFetAndExportsActivitiesTimetable() throws Exception {
        Timetable t = read(smallSchool()).timetable();
        assertEquals(List.of(), service.check(t));
        Timetable best = service.solve(t, SolverOptions.of(Duration.ofSeconds(10)).withUnimprovedLimit(Duration.ofSeconds(3)), null)
                .result().get(60, TimeUnit.SECONDS);
        assertEquals(0, best.getScore().hardScore(), () -> service.explain(best).toString());
        // one of the two language lessons starting together cannot be in R1 (90%): 0.9, as in fet-cl's soft conflicts
        assertEquals(-90, best.getScore().softScore());
        assertEquals(lesson(best, "7").getTimeslot(), lesson(best, "8").getTimeslot());
        Set<Integer> mathDays = new HashSet<>();
        for (String id : List.of("1", "2", "3")) {
            mathDays.add(lesson(best, id).getTimeslot().getDayIndex());
        }
        assertEquals(3, mathDays.size());
        for (String id : List.of("7", "9")) {
            assertTrue(lesson(best, id).getTimeslot().getDayIndex() > 0 || lesson(best, id).getTimeslot().getPeriod() >= 2,
                    "Berik is not available on Monday 1-2");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fet.writeActivitiesTimetable(best, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n<Activity>\n\t<Id>1</Id>"), xml);
        Matcher m = Pattern.compile("<Activity>\\s*<Id>(.*?)</Id>\\s*<Day>(.*?)</Day>\\s*<Hour>(.*?)</Hour>\\s*<Room>(.*?)</Room>\\s*</Activity>").matcher(xml);
        Map<String, String> rows = new HashMap<>();
        while (m.find()) {
            rows.put(m.group(1), m.group(2) + "/" + m.group(3) + "/" + m.group(4));
        }
        assertEquals(10, rows.size());
        for (Lesson l : best.getLessons()) {
            assertEquals(l.getTimeslot().getDayName() + "/" + l.getTimeslot().getPeriodName() + "/"
                    + (l.getRoom() == null ? "" : l.getRoom().getName()), rows.get(l.getId()));
        }

        // the input with the timetable locked in imports with every lesson placed and pinned, and still scores 0 hard
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        fet.writeLockedInput(new ByteArrayInputStream(smallSchool().getBytes(StandardCharsets.UTF_8)), best, locked);
        FetImportResult again = fet.read(new ByteArrayInputStream(locked.toByteArray()), "locked");
        assertEquals(10, again.placedLessons());
        assertEquals(0, again.timetable().countUnplaced());
        for (Lesson l : again.timetable().getLessons()) {
            Lesson original = lesson(best, l.getId());
            assertEquals(original.getTimeslot().getIndex(), l.getTimeslot().getIndex());
            assertEquals(original.getRoom() == null ? null : original.getRoom().getName(),
                    l.getRoom() == null ? null : l.getRoom().getName());
            assertTrue(l.isPinned(), l.getId());
        }
        assertEquals(0, service.score(again.timetable()).getScore().hardScore());
    }

    @Test
    void malformedXmlReportsLine() {
        String xml = "<?xml version=\"1.0\"?>\n<fet>\n<Days_List>\n<Day><Name>Mon</Name></Dai>\n</Days_List>\n</fet>\n";
        FetImportException e = assertThrows(FetImportException.class, () -> read(xml));
        assertEquals(4, e.getErrors().get(0).line());
    }

    @Test
    void inconsistentFileReportsEveryErrorWithLineNumbersAndBuildsNothing() throws Exception {
        String xml = smallSchool()
                .replace("<Activity><Teacher>Berik</Teacher><Subject>Lang</Subject><Students>7B</Students>",
                        "<Activity><Teacher>Nobody</Teacher><Subject>Lang</Subject><Students>7B</Students>")
                .replace("<Preferred_Day>Wed</Preferred_Day>", "<Preferred_Day>Sun</Preferred_Day>")
                .replace("<Number_of_Days>3</Number_of_Days>", "<Number_of_Days>4</Number_of_Days>");
        FetImportException e = assertThrows(FetImportException.class, () -> read(xml));
        List<FetError> errors = e.getErrors();
        assertEquals(3, errors.size(), errors::toString);
        String[] lines = xml.split("\n", -1);
        for (FetError err : errors) {
            assertTrue(err.line() > 0);
            String line = lines[err.line() - 1];
            assertTrue(line.contains("Nobody") || line.contains("Number_of_Days") || line.contains("Sun")
                    || line.contains("Activity_Id>10<") || line.contains("<Weight_Percentage>100</Weight_Percentage><Activity_Id>10"),
                    () -> err + " -> " + line);
        }
        assertTrue(errors.stream().anyMatch(x -> x.message().contains("Nobody")));
    }

    @Test
    void rejectsNonFetRootAndDoctype() {
        assertThrows(FetImportException.class, () -> read("<?xml version=\"1.0\"?><timetable/>"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE fet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><fet>&x;</fet>";
        FetImportException e = assertThrows(FetImportException.class, () -> read(xxe));
        assertNotNull(e.getErrors().get(0).message());
    }

    @Test
    void unplacedLessonsAreNotExported() throws Exception {
        Timetable t = read(smallSchool()).timetable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fet.writeActivitiesTimetable(t, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<Activity>", -1).length - 1, "only the locked activity 10 is placed before solving");
        assertNull(lesson(t, "1").getTimeslot());
        assertNotEquals(-1, xml.indexOf("<Room>Lab</Room>"));
    }
}
