package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Timetables and school management together: the demo school's curriculum for two classes goes to the Timetables
 * component as a FET file, is solved in the background (live progress, stopped once nothing hard is broken) and
 * published; school management takes each class's week from it and the journal's lessons follow. Removing the
 * Timetables feature leaves the journal as it is and says so when asked again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TimetablePublicationIT extends KarafTestSupport {
    private static final List<String> CLASSES = List.of("8А", "5А");

    @Inject
    FeaturesService features;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return browserOptions();
    }

    private static JsonNode json(Reply r, int status) {
        assertEquals(r.body(), status, r.status());
        return r.json();
    }

    private static Reply postXml(String path, String token, String xml) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/xml").header("Accept-Language", "en").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A FET file of the classes' curriculum as the school keeps it: one activity per weekly hour, six days of eight periods. */
    private static String fetOf(List<JsonNode> journals, Map<Long, Integer> hours) {
        Set<String> subjects = new TreeSet<>();
        Set<String> teachers = new TreeSet<>();
        for (JsonNode j : journals) {
            subjects.add(j.get("subject").asText());
            teachers.add(j.get("teacherName").asText());
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n"
                + "<Institution_Name>School 25</Institution_Name>\n<Days_List><Number_of_Days>6</Number_of_Days>");
        for (String d : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")) {
            x.append("<Day><Name>").append(d).append("</Name></Day>");
        }
        x.append("</Days_List>\n<Hours_List><Number_of_Hours>8</Number_of_Hours>");
        for (int h = 1; h <= 8; h++) {
            // the periods named by their bells, as schools name FET's hours: 08:00-08:45, 08:55-09:40, …
            java.time.LocalTime start = java.time.LocalTime.of(8, 0).plusMinutes(55L * (h - 1));
            x.append("<Hour><Name>").append(start).append('-').append(start.plusMinutes(45)).append("</Name></Hour>");
        }
        x.append("</Hours_List>\n<Subjects_List>");
        subjects.forEach(s -> x.append("<Subject><Name>").append(esc(s)).append("</Name></Subject>"));
        x.append("</Subjects_List>\n<Teachers_List>");
        teachers.forEach(t -> x.append("<Teacher><Name>").append(esc(t)).append("</Name></Teacher>"));
        x.append("</Teachers_List>\n<Students_List>");
        CLASSES.forEach(c -> x.append("<Year><Name>").append(c).append("</Name><Number_of_Students>30</Number_of_Students></Year>"));
        x.append("</Students_List>\n<Activities_List>\n");
        int id = 0;
        for (JsonNode j : journals) {
            for (int h = 0; h < hours.get(j.get("assignmentId").asLong()); h++) {
                id++;
                x.append("<Activity><Teacher>").append(esc(j.get("teacherName").asText())).append("</Teacher><Subject>")
                        .append(esc(j.get("subject").asText())).append("</Subject><Students>").append(j.get("className").asText())
                        .append("</Students><Duration>1</Duration><Total_Duration>1</Total_Duration><Id>").append(id)
                        .append("</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>\n");
            }
        }
        x.append("</Activities_List>\n<Buildings_List></Buildings_List>\n<Rooms_List>");
        for (int r = 1; r <= 4; r++) {
            x.append("<Room><Name>").append(100 + r).append("</Name><Building></Building><Capacity>35</Capacity><Virtual>false</Virtual></Room>");
        }
        x.append("</Rooms_List>\n<Time_Constraints_List><ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage>"
                + "<Active>true</Active></ConstraintBasicCompulsoryTime></Time_Constraints_List>\n<Space_Constraints_List>"
                + "<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active>"
                + "</ConstraintBasicCompulsorySpace></Space_Constraints_List>\n</fet>\n");
        return x.toString();
    }

    @Test
    public void aPublishedTimetableBecomesTheJournalsWeek() throws Exception {
        install(features, "digitaledu-platform");
        install(features, "digitaledu-web");
        install(features, "digitaledu-school");
        install(features, "digitaledu-timetable");
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() ->
                contributedRoutes(context).containsAll(Set.of("class-timetable", "timetables"))
                && post("/api/auth/token", null, "{\"username\":\"director\",\"password\":\"Director-2026!\"}", "en").status() == 200);
        String director = token("director", "Director-2026!");
        // the demo school loads in the background, class by class: wait until it says it is whole, and for the Timetables resources
        awaitSchoolDemo(Duration.ofSeconds(300));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                get("/api/timetable/schools/" + json(get("/api/school/journals", director), 200).at("/0/schoolId").asLong() + "/timetables",
                        director).status() == 200);
        List<JsonNode> journals = new ArrayList<>();
        for (JsonNode j : json(get("/api/school/journals", director), 200)) {
            if (CLASSES.contains(j.get("className").asText())) {
                journals.add(j);
            }
        }
        assertEquals("both classes have journals", Set.copyOf(CLASSES),
                journals.stream().map(j -> j.get("className").asText()).collect(java.util.stream.Collectors.toSet()));
        long school = journals.get(0).get("schoolId").asLong();
        Map<Long, Integer> hours = new HashMap<>();
        for (JsonNode a : json(get("/api/school/assignments?schoolId=" + school, director), 200)) {
            hours.put(a.get("id").asLong(), a.get("hoursPerWeek").asInt());
        }
        int weeklyHours = journals.stream().mapToInt(j -> hours.get(j.get("assignmentId").asLong())).sum();
        JsonNode year = json(get("/api/school/years?schoolId=" + school, director), 200).get(0);
        String firstDay = year.get("startDate").asText();

        // bad input changes nothing
        assertEquals(422, postXml("/api/timetable/schools/" + school + "/timetables?name=broken", director, "<fet><Days_List>").status());
        assertEquals(0, json(get("/api/timetable/schools/" + school + "/timetables", director), 200).size());
        assertEquals(403, postXml("/api/timetable/schools/" + school + "/timetables?name=x", token("teacher", "Teacher-2026!"),
                fetOf(journals, hours)).status());

        JsonNode draft = json(postXml("/api/timetable/schools/" + school + "/timetables?name=Term+plan&seconds=120", director,
                fetOf(journals, hours)), 201);
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(weeklyHours, draft.get("lessons").asInt());
        assertEquals(0, draft.get("problems").size());
        // live progress: solving goes on (up to 120 s) while its best score is read; stop once nothing hard is broken
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode now = get("/api/timetable/schools/" + school + "/timetables/" + id, director).json();
            return now.get("solving").asBoolean() && now.path("hardScore").isNumber() && now.get("hardScore").asLong() == 0;
        });
        JsonNode stopped = json(post("/api/timetable/schools/" + school + "/timetables/" + id + "/stop", director, "", "en"), 200);
        assertFalse(stopped.get("solving").asBoolean());
        assertEquals(stopped.toString(), 0, stopped.get("hardScore").asLong());
        assertEquals(0, stopped.get("unplaced").asInt());

        // editing by hand over REST: where a lesson fits, what a move would break (in words), refusals, pins
        String base = "/api/timetable/schools/" + school + "/timetables/" + id + "/plan";
        JsonNode plan = json(get(base, director), 200);
        assertEquals(weeklyHours, plan.get("lessons").size());
        JsonNode a = null;
        JsonNode b = null;
        for (JsonNode x : plan.get("lessons")) {
            for (JsonNode y : plan.get("lessons")) {
                if (a == null && x != y && x.get("studentSets").equals(y.get("studentSets")) && x.get("duration").asInt() == 1
                        && x.path("day").isTextual() && y.path("day").isTextual()
                        && !(x.get("day").equals(y.get("day")) && x.get("period").equals(y.get("period")))) {
                    a = x;
                    b = y;
                }
            }
        }
        assertNotNull(plan.toString(), a);
        String lesson = base + "/lessons/" + a.get("id").asText();
        JsonNode fits = json(get(lesson + "/fits", director), 200);
        assertTrue(fits.toString(), fits.size() >= 2);
        String onB = "{\"day\":\"" + b.get("day").asText() + "\",\"period\":" + b.get("period").asInt() + "}";
        JsonNode preview = json(post(lesson + "/preview", director, onB, "en"), 200);
        assertTrue(preview.toString(), preview.get("allowed").asBoolean() && preview.get("hardAfter").asLong() < 0);
        JsonNode clash = preview.at("/conflicts/0");
        assertTrue(clash.toString(), clash.get("hard").asBoolean() && !clash.get("condition").asText().startsWith("timetable."));
        Reply nowhere = post(lesson + "/move", director, "{\"day\":\"MONDAY\",\"period\":99}", "ru");
        assertEquals(nowhere.body(), 422, nowhere.status());
        assertTrue(nowhere.body(), nowhere.body().contains("Урок нельзя поставить сюда"));
        assertEquals(422, post(lesson + "/move", director, "{\"period\":1}", "en").status());
        assertEquals(400, post(lesson + "/move", director, "{\"day\":\"FUNDAY\",\"period\":1}", "en").status());
        assertEquals(404, get(base, token("teacher", "Teacher-2026!")).status());
        assertEquals("refused edits change nothing", plan.get("lessons"), json(get(base, director), 200).get("lessons"));
        String atHome = "{\"day\":\"" + a.get("day").asText() + "\",\"period\":" + a.get("period").asInt() + "}";
        JsonNode kept = json(post(lesson + "/move", director, atHome, "en"), 200);
        assertEquals(kept.toString(), 0, kept.get("hardAfter").asLong());
        String aId = a.get("id").asText();
        java.util.function.Predicate<JsonNode> pinnedA = p -> java.util.stream.StreamSupport.stream(p.get("lessons").spliterator(), false)
                .anyMatch(l -> l.get("id").asText().equals(aId) && l.get("pinned").asBoolean());
        assertTrue("a lesson placed by hand is pinned", pinnedA.test(json(get(base, director), 200)));
        json(post(lesson + "/pin", director, "{\"pinned\":false}", "en"), 200);
        assertFalse(pinnedA.test(json(get(base, director), 200)));

        // no FET file: the workbook to fill in, and a file that is not one is refused with nothing stored
        Reply template = get("/api/timetable/schools/" + school + "/timetables/workbook", director);
        assertEquals(template.body().length() > 200 ? "" : template.body(), 200, template.status());
        assertTrue("an XLSX (zip) file", template.body().startsWith("PK"));
        int before = json(get("/api/timetable/schools/" + school + "/timetables", director), 200).size();
        Reply notWorkbook = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/timetable/schools/" + school + "/timetables/workbook?name=x"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Authorization", "Bearer " + director).POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(notWorkbook.body(), 422, notWorkbook.status());
        assertEquals(before, json(get("/api/timetable/schools/" + school + "/timetables", director), 200).size());

        JsonNode published = json(post("/api/timetable/schools/" + school + "/timetables/" + id + "/publish", director,
                "{\"validFrom\":\"" + firstDay + "\"}", "en"), 200);
        assertEquals("PUBLISHED", published.get("status").asText());
        String teacher = token("teacher", "Teacher-2026!");
        JsonNode week8a = json(get("/api/timetable/schools/" + school + "/published?date=" + firstDay + "&studentSet=" + java.net.URLEncoder.encode("8А", StandardCharsets.UTF_8), teacher), 200)
                .get("lessons");
        assertTrue(get("/api/timetable/schools/" + school + "/published?date=" + firstDay, teacher).body(), week8a.size() > 0);
        for (JsonNode l : week8a) {
            assertTrue("each period has the clock times of its bell: " + l, l.get("start").asText().matches("\\d\\d:\\d\\d(:00)?")
                    && l.get("end").asText().matches("\\d\\d:\\d\\d(:00)?"));
        }
        // a teacher takes the class's week into a phone calendar
        Reply calendar = get("/api/timetable/schools/" + school + "/published/calendar?date=" + firstDay + "&kind=class&name="
                + java.net.URLEncoder.encode("8А", StandardCharsets.UTF_8), teacher);
        assertEquals(calendar.body(), 200, calendar.status());
        assertTrue(calendar.body(), calendar.body().startsWith("BEGIN:VCALENDAR") && calendar.body().contains("RRULE:FREQ=WEEKLY"));
        Reply sheets = get("/api/timetable/schools/" + school + "/timetables/" + id + "/weeks?kind=teacher&format=xlsx", teacher);
        assertEquals(sheets.body(), 200, sheets.status());
        assertTrue("an XLSX file (a zip)", sheets.body().startsWith("PK"));
        assertEquals(422, get("/api/timetable/schools/" + school + "/timetables/" + id + "/weeks?kind=pupil", director).status());
        assertEquals("a student does not read it here", 403,
                get("/api/timetable/schools/" + school + "/published", token("student", "Student-2026!")).status());

        JsonNode health = get("/api/health", Map.of()).json();
        assertEquals(health.toString(), "Timetables component", health.at("/components/school/timetablesFrom").asText());
        assertTrue(health.toString(), health.at("/components/timetable/engine").asText().matches("OptaPlanner 9\\.44.*"));

        // school management takes each class's week from it: the director does it on the Class timetables screen
        runBrowserTest("school-timetable-web.mjs", Duration.ofMinutes(5), "2", String.valueOf(weeklyHours));
        long class8a = journals.stream().filter(j -> j.get("className").asText().equals("8А")).findFirst().orElseThrow().get("classId").asLong();
        Set<String> published8a = new LinkedHashSet<>();
        week8a.forEach(l -> published8a.add(l.get("day").asText() + "/" + l.get("period").asInt()));
        Set<String> slots8a = new LinkedHashSet<>();
        json(get("/api/school/classes/" + class8a + "/timetable", director), 200)
                .forEach(s -> slots8a.add(s.get("day").asText() + "/" + s.get("period").asInt()));
        assertEquals(new TreeSet<>(published8a), new TreeSet<>(slots8a));

        // the journal's lessons of the current term follow the new week (the browser created them)
        JsonNode algebra = null;
        for (JsonNode j : json(get("/api/school/journals", teacher), 200)) {
            algebra = j.get("className").asText().equals("8А") && j.get("subject").asText().equals("Алгебра") ? j : algebra;
        }
        Set<String> algebraSlots = new TreeSet<>();
        week8a.forEach(l -> {
            if (l.get("subject").asText().equals("Алгебра")) {
                algebraSlots.add(l.get("day").asText() + "/" + l.get("period").asInt());
            }
        });
        String today = java.time.LocalDate.now().toString();
        JsonNode current = algebra.get("terms").get(0); // as the screen: the term of today, else the first
        for (JsonNode t : algebra.get("terms")) {
            current = t.get("startDate").asText().compareTo(today) <= 0 && t.get("endDate").asText().compareTo(today) >= 0 ? t : current;
        }
        Set<String> lessonSlots = new TreeSet<>();
        for (JsonNode l : json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "?termId=" + current.get("id").asLong(),
                teacher), 200).get("lessons")) {
            lessonSlots.add(java.time.LocalDate.parse(l.get("date").asText()).getDayOfWeek() + "/" + l.get("period").asInt());
        }
        assertTrue("the algebra lessons of the term include the published week " + algebraSlots + " in " + lessonSlots,
                lessonSlots.containsAll(algebraSlots));

        // without the Timetables component the school is told so; its journal stays as it is
        features.uninstallFeature("digitaledu-timetable", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/school/years/" + year.get("id").asLong() + "/timetable/adopt?date=" + firstDay, director, "", "ru").status() == 409);
        Reply refused = post("/api/school/years/" + year.get("id").asLong() + "/timetable/adopt?date=" + firstDay, director, "", "ru");
        assertEquals("hand", get("/api/health", Map.of()).json().at("/components/school/timetablesFrom").asText());
        assertTrue(refused.body(), refused.json().get("message").asText().contains("Расписание"));
        assertEquals("the adopted week stays", slots8a.size(), json(get("/api/school/classes/" + class8a + "/timetable", director), 200).size());
    }
}
