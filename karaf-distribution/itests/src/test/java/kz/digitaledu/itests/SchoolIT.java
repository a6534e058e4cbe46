package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The school-management feature installs live with its demo school; over REST a teacher keeps their
 * journal, a parent reads the marks in the diary and gets notified, and nobody reaches what is not
 * theirs (another teacher's journal, another child, another school). Bad input changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchoolIT extends KarafTestSupport {
    @Inject
    FeaturesService features;

    @Inject
    org.osgi.framework.BundleContext context;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    private static JsonNode json(Reply r, int status) {
        assertEquals(r.body(), status, r.status());
        return r.json();
    }

    private static JsonNode journalRef(JsonNode journals, String className, String subject) {
        for (JsonNode j : journals == null ? JSON.createArrayNode() : journals) {
            if (j.get("className").asText().equals(className) && j.get("subject").asText().equals(subject)) {
                return j;
            }
        }
        throw new AssertionError("no journal " + className + " " + subject + " among " + (journals == null ? 0 : journals.size()));
    }

    @Test
    public void teachersKeepTheirJournalsParentsReadTheDiaryAndNobodyCrossesTheLines() throws Exception {
        install(features, "digitaledu-platform");
        install(features, "digitaledu-school");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                post("/api/auth/token", null, "{\"username\":\"teacher\",\"password\":\"Teacher-2026!\"}", "en").status() == 200);
        String teacher = token("teacher", "Teacher-2026!");
        // the demo school loads in the background, class by class: wait until it says it is whole
        awaitSchoolDemo(Duration.ofSeconds(300));

        JsonNode journals = json(get("/api/school/journals", teacher), 200);
        JsonNode algebra = journalRef(journals, "8А", "Алгебра");
        assertTrue(algebra.get("writable").asBoolean());
        long q1 = algebra.at("/terms/0/id").asLong();
        long started = System.nanoTime();
        JsonNode page = json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "?termId=" + q1, teacher), 200);
        long openMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("SchoolIT: journal 8А algebra Q1 opened over REST in " + openMillis + " ms (" + page.get("students").size()
                + " students, " + page.get("lessons").size() + " lessons, " + page.get("marks").size() + " marks)");
        assertEquals(30, page.get("students").size());
        assertTrue(page.get("lessons").size() >= 20);
        assertTrue(page.get("writable").asBoolean());

        String parent = token("parent", "Parent-2026!");
        JsonNode children = json(get("/api/school/diary", parent), 200);
        JsonNode daughter = null;
        for (JsonNode c : children) {
            if ("8А".equals(c.get("className").asText())) {
                daughter = c;
            }
        }
        assertTrue("the parent's daughter is in 8А: " + children, daughter != null);
        long daughterId = daughter.get("personId").asLong();
        long classmate = -1;
        for (JsonNode s : page.get("students")) {
            if (s.get("personId").asLong() != daughterId) {
                classmate = s.get("personId").asLong();
            }
        }

        // the teacher gives the parent's daughter a 9 in the last lesson of the first quarter without a mark for her (the
        // demo marks are random: a lesson that has one would be a change, not a new mark)
        java.util.Set<Long> daughterMarked = new java.util.HashSet<>();
        for (JsonNode m : page.get("marks")) {
            if (m.get("studentPersonId").asLong() == daughterId) {
                daughterMarked.add(m.get("lessonId").asLong());
            }
        }
        JsonNode lesson = null;
        for (JsonNode l : page.get("lessons")) {
            if (l.get("assessment").asText().equals("FORMATIVE") && !daughterMarked.contains(l.get("id").asLong())) {
                lesson = l;
            }
        }
        assertTrue("a formative lesson of term 1 without a mark for the daughter", lesson != null);
        long lessonId = lesson.get("id").asLong();
        String date = lesson.get("date").asText();
        int marksBefore = page.get("marks").size();
        Reply set = call("PUT", "/api/school/marks", teacher,
                "{\"lessonId\":" + lessonId + ",\"studentPersonId\":" + daughterId + ",\"value\":9,\"comment\":\"Жарайсың\"}", "kk");
        assertEquals(0, json(set, 200).get("value").decimalValue().compareTo(java.math.BigDecimal.valueOf(9)));

        JsonNode week = json(get("/api/school/diary/" + daughterId + "/week?date=" + date, parent), 200);
        boolean seen = false;
        for (JsonNode e : week) {
            if (e.get("lessonId").asLong() == lessonId) {
                seen = e.get("mark").decimalValue().intValue() == 9 && e.get("subject").asText().equals("Алгебра");
            }
        }
        assertTrue("the parent sees the 9 in the diary: " + week, seen);
        // parents are notified off the request thread: wait for it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/me/notifications", parent).body().contains("Жаңа баға"));
        // the parent switches new-mark notifications off: the next mark sends nothing; switched on again, the one after does
        JsonNode muted = json(call("PUT", "/api/me/notification-settings/school.mark", parent, "{\"enabled\":false}", "kk"), 200);
        assertEquals("[\"school.mark\"]", muted.toString());
        List<Long> freeLessons = new java.util.ArrayList<>();
        for (JsonNode l : page.get("lessons")) {
            if (l.get("assessment").asText().equals("FORMATIVE") && l.get("id").asLong() != lessonId && !daughterMarked.contains(l.get("id").asLong())) {
                freeLessons.add(l.get("id").asLong());
            }
        }
        int inboxBefore = json(get("/api/me/notifications?limit=200", parent), 200).size();
        json(call("PUT", "/api/school/marks", teacher, "{\"lessonId\":" + freeLessons.get(0) + ",\"studentPersonId\":" + daughterId
                + ",\"value\":8}", "kk"), 200);
        json(call("PUT", "/api/me/notification-settings/school.mark", parent, "{\"enabled\":true}", "kk"), 200);
        json(call("PUT", "/api/school/marks", teacher, "{\"lessonId\":" + freeLessons.get(1) + ",\"studentPersonId\":" + daughterId
                + ",\"value\":7}", "kk"), 200);
        // who is told is decided when the mark is entered: the first (switched off then) is never sent, however late the
        // background sending runs; once the second is there, nothing else comes
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/me/notifications?limit=200", parent).json().size() > inboxBefore);
        assertEquals(inboxBefore + 1, json(get("/api/me/notifications?limit=200", parent), 200).size());

        assertTrue(json(get("/api/school/diary/" + daughterId + "/summary?date=" + date, parent), 200).size() >= 10);

        // nobody crosses the lines
        assertEquals(404, get("/api/school/diary/" + classmate + "/week?date=" + date, parent).status());
        assertEquals(404, call("PUT", "/api/school/marks", parent,
                "{\"lessonId\":" + lessonId + ",\"studentPersonId\":" + daughterId + ",\"value\":10}", "en").status());
        String director = token("director", "Director-2026!");
        JsonNode all = json(get("/api/school/journals", director), 200);
        assertTrue(all.size() > 200);
        JsonNode physics = journalRef(all, "8А", "Физика");
        assertFalse(physics.get("writable").asBoolean());
        JsonNode physicsPage = json(get("/api/school/journals/" + physics.get("assignmentId").asLong() + "?termId=" + q1, director), 200);
        long physicsLesson = physicsPage.at("/lessons/0/id").asLong();
        assertEquals("another teacher's journal is not even visible", 404, call("PUT", "/api/school/marks", teacher,
                "{\"lessonId\":" + physicsLesson + ",\"studentPersonId\":" + daughterId + ",\"value\":10}", "en").status());
        assertEquals("the director reads but does not write", 403, call("PUT", "/api/school/marks", director,
                "{\"lessonId\":" + lessonId + ",\"studentPersonId\":" + daughterId + ",\"value\":10}", "en").status());
        String director67 = token("director67", "Director-2026!");
        assertEquals(0, json(get("/api/school/journals", director67), 200).size());
        assertEquals(404, get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "?termId=" + q1, director67).status());
        assertEquals(404, get("/api/school/diary/" + daughterId + "/week", director67).status());

        // bad input: a clear message in the caller's language, nothing written
        Reply tooHigh = call("PUT", "/api/school/marks", teacher,
                "{\"lessonId\":" + lessonId + ",\"studentPersonId\":" + classmate + ",\"value\":11}", "ru");
        assertEquals(tooHigh.body(), 422, tooHigh.status());
        assertEquals("Формативная оценка: целое число от 1 до 10.", tooHigh.json().at("/fields/0/message").asText());
        JsonNode other8b = journalRef(all, "8Б", "Алгебра");
        JsonNode page8b = json(get("/api/school/journals/" + other8b.get("assignmentId").asLong() + "?termId=" + q1, director), 200);
        long from8b = page8b.at("/students/0/personId").asLong();
        Reply wrongClass = call("PUT", "/api/school/marks", teacher,
                "{\"lessonId\":" + lessonId + ",\"studentPersonId\":" + from8b + ",\"value\":5}", "en");
        assertEquals(wrongClass.body(), 422, wrongClass.status());
        assertTrue(wrongClass.body(), wrongClass.json().at("/fields/0/message").asText().contains("8А"));
        assertEquals(400, call("PUT", "/api/school/marks", teacher, "{\"lessonId\": \"x\", ", "en").status());
        assertEquals(422, call("PUT", "/api/school/marks", teacher, "{\"lessonId\":" + lessonId + "}", "en").status());
        JsonNode after = json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "?termId=" + q1, teacher), 200);
        assertEquals(marksBefore + 3, after.get("marks").size());
        JsonNode history = json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "/history?studentPersonId=" + daughterId,
                director), 200);
        assertEquals("create", history.at("/0/action").asText());
        assertTrue(LocalDate.parse(history.at("/0/lessonDate").asText()).isBefore(LocalDate.now().plusDays(1)));

        // homework files: the teacher attaches a worksheet, the student downloads it under its Kazakh name; a program
        // disguised as a PDF is refused in the caller's language and leaves nothing; other schools see nothing
        String worksheet = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        java.util.function.BiFunction<String, String, java.net.http.HttpRequest> upload = (name, content) -> java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(baseUrl() + "/api/school/lessons/" + lessonId + "/files?name="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + teacher).header("Content-Type", "application/octet-stream").header("Accept-Language", "ru")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(content)).build();
        Reply attached = send(upload.apply("Жұмыс парағы №3.pdf", worksheet));
        assertEquals(attached.body(), 201, attached.status());
        long fileId = attached.json().get("id").asLong();
        Reply disguised = send(upload.apply("homework.pdf", "MZ\u0090\u0000 this is a Windows program"));
        assertEquals(disguised.body(), 422, disguised.status());
        assertTrue(disguised.body(), disguised.json().at("/fields/0/message").asText().startsWith("Такие файлы не принимаются"));
        String student = token("student", "Student-2026!");
        JsonNode listed = json(get("/api/school/lessons/" + lessonId + "/files", student), 200);
        assertEquals(listed.toString(), 1, listed.size());
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/api/school/lessons/" + lessonId + "/files/" + fileId))
                .header("Authorization", "Bearer " + student).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals(worksheet, new String(download.body(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse(""),
                download.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''%D0%96%D2%B1%D0%BC%D1%8B%D1%81"));
        boolean inDiary = false;
        for (JsonNode e : json(get("/api/school/diary/" + daughterId + "/week?date=" + date, parent), 200)) {
            inDiary |= e.get("lessonId").asLong() == lessonId && e.at("/files/0/id").asLong() == fileId;
        }
        assertTrue("the diary lists the worksheet", inDiary);
        assertEquals(404, get("/api/school/lessons/" + lessonId + "/files/" + fileId, director67).status());
        assertEquals(403, call("DELETE", "/api/school/lessons/" + lessonId + "/files/" + fileId, student, null, "en").status());
        assertEquals(204, call("DELETE", "/api/school/lessons/" + lessonId + "/files/" + fileId, teacher, null, "en").status());
        assertEquals(0, json(get("/api/school/lessons/" + lessonId + "/files", student), 200).size());
        assertEquals(404, get("/api/school/lessons/" + lessonId + "/files/" + fileId, student).status());

        // the calendar-thematic plan: written by the teacher, refused whole when a row is wrong, then fills the topics
        long algebraId = algebra.get("assignmentId").asLong();
        Reply badPlan = call("PUT", "/api/school/assignments/" + algebraId + "/plan", teacher,
                "[{\"title\":\"Квадрат теңдеулер\",\"hours\":2},{\"title\":\"\",\"hours\":99}]", "kk");
        assertEquals(badPlan.body(), 422, badPlan.status());
        assertEquals("topics[1].title", badPlan.json().at("/fields/0/field").asText());
        assertTrue(badPlan.body(), badPlan.json().at("/fields/1/message").asText().startsWith("2-тақырып: сағат саны"));
        assertEquals(0, json(get("/api/school/assignments/" + algebraId + "/plan", teacher), 200).size());
        JsonNode plan = json(call("PUT", "/api/school/assignments/" + algebraId + "/plan", teacher,
                "[{\"title\":\"Квадрат теңдеулер\",\"hours\":2},{\"title\":\"Виет теоремасы\",\"hours\":1}]", "kk"), 200);
        assertEquals(2, plan.size());
        assertEquals(403, call("PUT", "/api/school/assignments/" + algebraId + "/plan", director, "[]", "en").status());
        assertEquals(404, get("/api/school/assignments/" + algebraId + "/plan", director67).status());
        JsonNode filled = json(call("POST", "/api/school/assignments/" + algebraId + "/plan/fill?overwrite=true", teacher, null, "en"), 200);
        assertEquals(filled.toString(), 3, filled.get("filled").asInt());
        JsonNode planned = json(get("/api/school/journals/" + algebraId + "?termId=" + q1, teacher), 200);
        assertEquals("Квадрат теңдеулер", planned.at("/lessons/0/topic").asText());
        assertEquals("Виет теоремасы", planned.at("/lessons/2/topic").asText());

        // reports: JSON for screens, XLSX and PDF files for printing
        long classId = algebra.get("classId").asLong();
        JsonNode card = json(get("/api/school/reports/card?classId=" + classId + "&termId=" + q1, director), 200);
        assertEquals(30, card.at("/tables/0/rows").size());
        JsonNode yearCard = json(get("/api/school/reports/year-card?classId=" + classId, director), 200);
        assertTrue(yearCard.toString(), yearCard.at("/tables/0/rows").size() >= 30);
        assertTrue(yearCard.toString(), yearCard.get("subtitle").asText().contains("†"));
        JsonNode years = json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "/year-grades", teacher), 200);
        assertTrue(years.toString(), years.size() >= 30 && years.at("/0/termGrades").size() == 4);
        JsonNode confirmed = json(call("PUT", "/api/school/journals/" + algebra.get("assignmentId").asLong() + "/year-grades", teacher,
                "{\"studentPersonId\":" + daughterId + ",\"grade\":5}", "en"), 200);
        assertEquals(5, confirmed.get("finalGrade").asInt());
        assertEquals(422, call("PUT", "/api/school/journals/" + algebra.get("assignmentId").asLong() + "/year-grades", teacher,
                "{\"studentPersonId\":" + daughterId + ",\"grade\":7}", "en").status());
        assertEquals(403, call("PUT", "/api/school/journals/" + algebra.get("assignmentId").asLong() + "/year-grades", director,
                "{\"studentPersonId\":" + daughterId + ",\"grade\":4}", "en").status());
        Reply xlsx = get("/api/school/reports/card?classId=" + classId + "&termId=" + q1 + "&format=xlsx",
                Map.of("Authorization", "Bearer " + director));
        assertEquals(200, xlsx.status());
        assertTrue("an XLSX file is a zip", xlsx.body().startsWith("PK"));
        Reply pdf = get("/api/school/reports/performance?schoolId=" + algebra.get("schoolId").asLong() + "&termId=" + q1 + "&format=pdf",
                Map.of("Authorization", "Bearer " + director));
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        JsonNode quality = json(get("/api/school/reports/journal-quality?schoolId=" + algebra.get("schoolId").asLong() + "&termId=" + q1,
                director), 200);
        assertTrue(quality.at("/tables/0/rows").size() > 200);
        assertEquals(403, get("/api/school/reports/performance?schoolId=" + algebra.get("schoolId").asLong() + "&termId=" + q1, teacher).status());
        assertEquals(422, get("/api/school/reports/card?classId=" + classId + "&termId=" + q1 + "&format=docx", director).status());

        // import: the template comes back with its example row, which clashes with the demo school (7А exists): row-numbered errors
        java.net.http.HttpResponse<byte[]> template = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                + "/api/school/import/template")).header("Authorization", "Bearer " + director).header("Accept-Language", "ru").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        long yearId = json(get("/api/school/years?schoolId=" + algebra.get("schoolId").asLong(), director), 200).at("/0/id").asLong();
        String importPath = "/api/school/import?schoolId=" + algebra.get("schoolId").asLong() + "&yearId=" + yearId;
        Reply clash = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + importPath))
                .header("Authorization", "Bearer " + director).header("Accept-Language", "ru")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(template.body())).build());
        assertEquals(clash.body(), 422, clash.status());
        assertTrue(clash.body(), clash.body().contains("Classes!2!letter") && clash.body().contains("Класс 7А в этом году уже есть."));
        Reply notXlsx = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + importPath))
                .header("Authorization", "Bearer " + director).header("Accept-Language", "kk").header("Content-Type", "application/octet-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grade;letter\n9;A")).build());
        assertEquals(422, notXlsx.status());
        assertEquals("Файл Excel кітабы (.xlsx) емес.", notXlsx.json().get("message").asText());
        assertEquals("nothing imported", 30, json(get("/api/school/journals/" + algebra.get("assignmentId").asLong() + "?termId=" + q1,
                teacher), 200).get("students").size());

        // a new teacher and a parent of the daughter come with the workbook: their first passwords come back once, they sign
        // in with them, and the parent reads the daughter's diary
        org.osgi.framework.ServiceReference<kz.digitaledu.platform.api.report.ReportRenderer> rendererRef =
                context.getServiceReference(kz.digitaledu.platform.api.report.ReportRenderer.class);
        kz.digitaledu.platform.api.report.ReportRenderer renderer = context.getService(rendererRef);
        kz.digitaledu.platform.api.report.Report.Column col = kz.digitaledu.platform.api.report.Report.Column.of("h", 10);
        // (no lambda over the platform's report types: the test class loads before the platform feature is installed)
        String daughterName = daughter.get("fullName").asText();
        byte[] accounts = renderer.xlsx(new kz.digitaledu.platform.api.report.Report("import", "", List.of(
                new kz.digitaledu.platform.api.report.Report.Table("Classes", java.util.Collections.nCopies(6, col), List.of()),
                new kz.digitaledu.platform.api.report.Report.Table("Subjects", java.util.Collections.nCopies(4, col), List.of()),
                new kz.digitaledu.platform.api.report.Report.Table("Students", java.util.Collections.nCopies(9, col), List.of()),
                new kz.digitaledu.platform.api.report.Report.Table("Assignments", java.util.Collections.nCopies(4, col), List.of()),
                new kz.digitaledu.platform.api.report.Report.Table("Teachers", java.util.Collections.nCopies(7, col),
                        List.of(List.of("it.bekova", "Бекова", "Айжан", "", "", "it.bekova@mektep.kz", ""))),
                new kz.digitaledu.platform.api.report.Report.Table("Parents", java.util.Collections.nCopies(10, col),
                        List.of(List.of("it.serikov", "Сериков", "Қайрат", "", "", "", "+7 701 555 44 33", "8А",
                                daughterName.split(" ")[0], daughterName.split(" ")[1]))))));
        context.ungetService(rendererRef);
        Reply imported = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + importPath))
                .header("Authorization", "Bearer " + director).header("Accept-Language", "ru")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(accounts)).build());
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, imported.json().get("teachers").asInt());
        assertEquals(2, imported.json().get("credentials").size());
        String parentPassword = imported.json().at("/credentials/1/password").asText();
        assertEquals("it.serikov", imported.json().at("/credentials/1/login").asText());
        String newParent = token("it.serikov", parentPassword);
        Reply first = get("/api/school/diary", newParent);
        assertEquals("a password someone else chose must be changed first: " + first.body(), 403, first.status());
        assertEquals("password_change_required", first.json().get("code").asText());
        assertTrue(json(get("/api/me", newParent), 200).get("passwordChangeRequired").asBoolean());
        assertEquals(204, call("POST", "/api/me/password", newParent, "{\"currentPassword\":\"" + parentPassword
                + "\",\"newPassword\":\"Serikov-Own-2026\"}", "kk").status());
        JsonNode hers = json(get("/api/school/diary", newParent), 200);
        assertEquals(hers.toString(), daughterId, hers.at("/0/personId").asLong());
        token("it.bekova", imported.json().at("/credentials/0/password").asText());
        String audited = get("/api/audit/export.csv?action=school.import", director).body();
        assertFalse("no first password in the audit log", audited.contains(parentPassword));
        JsonNode load = json(get("/api/school/reports/teaching-load?schoolId=" + algebra.get("schoolId").asLong() + "&yearId=" + yearId,
                director), 200);
        assertEquals(50, load.at("/tables/0/rows").size());
        assertEquals(600, json(get("/api/school/reports/alphabetical-book?schoolId=" + algebra.get("schoolId").asLong(), director), 200)
                .at("/tables/0/rows").size());

        // a split subject: the director makes a sub-group of 8А over REST; its journal lists only the group's members and
        // its lessons; bad groups are refused in the caller's language and change nothing
        String groupsPath = "/api/school/classes/" + classId + "/groups";
        Reply noName = call("POST", groupsPath, director, "{\"name\":\" \",\"studentPersonIds\":[]}", "ru");
        assertEquals(noName.body(), 422, noName.status());
        assertEquals("name", noName.json().at("/fields/0/field").asText());
        Reply stranger = call("POST", groupsPath, director, "{\"name\":\"Ағылшын 1\",\"studentPersonIds\":[" + from8b + "]}", "en");
        assertEquals(stranger.body(), 422, stranger.status());
        assertEquals("studentPersonIds[0]", stranger.json().at("/fields/0/field").asText());
        assertTrue(stranger.body(), stranger.json().at("/fields/0/message").asText().contains("8А"));
        String newGroup = "{\"name\":\"Ағылшын 1\",\"studentPersonIds\":[" + daughterId + "," + classmate + "]}";
        assertEquals(403, call("POST", groupsPath, teacher, newGroup, "kk").status());
        assertEquals(404, call("POST", groupsPath, director67, newGroup, "kk").status());
        assertEquals(0, json(get(groupsPath, director), 200).size());
        JsonNode group = json(call("POST", groupsPath, director, newGroup, "kk"), 201);
        assertEquals(2, group.get("studentPersonIds").size());
        assertEquals(1, json(get(groupsPath, director), 200).size());
        long subjectId = json(get("/api/school/subjects?schoolId=" + algebra.get("schoolId").asLong(), director), 200).at("/0/id").asLong();
        JsonNode groupAssignment = json(call("POST", "/api/school/assignments", director, "{\"classId\":" + classId + ",\"subjectId\":"
                + subjectId + ",\"teacherAccountId\":" + page.at("/assignment/teacherAccountId").asLong() + ",\"hoursPerWeek\":1,\"groupId\":"
                + group.get("id").asLong() + "}", "kk"), 201);
        long groupJournal = groupAssignment.get("id").asLong();
        JsonNode groupRef = null;
        for (JsonNode j : json(get("/api/school/journals", teacher), 200)) {
            if (j.get("assignmentId").asLong() == groupJournal) {
                groupRef = j;
            }
        }
        assertTrue("the teacher's new group journal is listed", groupRef != null);
        assertEquals("Ағылшын 1", groupRef.get("groupName").asText());
        JsonNode groupPage = json(get("/api/school/journals/" + groupJournal + "?termId=" + q1, teacher), 200);
        assertEquals(2, groupPage.get("students").size());
        assertEquals(groupJournal, groupPage.at("/assignment/id").asLong());
        assertEquals("the group is taught: it stays", 409, call("DELETE", "/api/school/groups/" + group.get("id").asLong(), director, null, "kk").status());
        assertEquals(404, call("PUT", "/api/school/groups/" + group.get("id").asLong() + "/members", director67, "[]", "kk").status());
        JsonNode regrouped = json(call("PUT", "/api/school/groups/" + group.get("id").asLong() + "/members", director, "[" + daughterId + "]", "kk"), 200);
        assertEquals("[" + daughterId + "]", regrouped.get("studentPersonIds").toString());

        // a teaching assignment changes hands over REST; one with lessons is not deleted, one made by mistake is
        String algebraPath = "/api/school/assignments/" + algebra.get("assignmentId").asLong();
        Reply noHours = call("PUT", algebraPath, director, "{\"teacherAccountId\":" + page.at("/assignment/teacherAccountId").asLong()
                + ",\"hoursPerWeek\":40}", "ru");
        assertEquals(noHours.body(), 422, noHours.status());
        assertEquals("hoursPerWeek", noHours.json().at("/fields/0/field").asText());
        assertEquals(403, call("PUT", algebraPath, teacher, "{\"teacherAccountId\":1,\"hoursPerWeek\":3}", "ru").status());
        assertEquals(404, call("PUT", algebraPath, director67, "{\"teacherAccountId\":1,\"hoursPerWeek\":3}", "ru").status());
        Reply inUse = call("DELETE", algebraPath, director, null, "en");
        assertEquals(inUse.body(), 409, inUse.status());
        assertTrue(inUse.body(), inUse.json().get("message").asText().contains("cannot be deleted"));
        JsonNode spare = json(call("POST", "/api/school/assignments", director, "{\"classId\":" + classId + ",\"subjectId\":" + subjectId
                + ",\"teacherAccountId\":" + page.at("/assignment/teacherAccountId").asLong() + ",\"hoursPerWeek\":1}", "kk"), 201);
        JsonNode moved = json(call("PUT", "/api/school/assignments/" + spare.get("id").asLong(), director, "{\"teacherAccountId\":"
                + page.at("/assignment/teacherAccountId").asLong() + ",\"hoursPerWeek\":2}", "kk"), 200);
        assertEquals(2, moved.get("hoursPerWeek").asInt());
        assertEquals(204, call("DELETE", "/api/school/assignments/" + spare.get("id").asLong(), director, null, "kk").status());
        assertFalse("deleted", json(get("/api/school/assignments?schoolId=" + algebra.get("schoolId").asLong(), director), 200).toString()
                .contains("\"id\":" + spare.get("id").asLong() + ","));

        // a new student: a wrong IIN is named in the caller's language and nothing is written; a right one is enrolled
        String studentsPath = "/api/school/classes/" + classId + "/students";
        int classSize = json(get(studentsPath + "?date=" + LocalDate.now(), director), 200).size();
        Reply badIin = call("POST", studentsPath, director, "{\"lastName\":\"Қасымова\",\"firstName\":\"Айдана\",\"iin\":\"123456789012\","
                + "\"from\":\"" + LocalDate.now() + "\",\"order\":\"№ 45\"}", "ru");
        assertEquals(badIin.body(), 422, badIin.status());
        assertEquals("iin", badIin.json().at("/fields/0/field").asText());
        assertEquals(404, call("POST", studentsPath, director67, "{\"lastName\":\"Қасымова\",\"firstName\":\"Айдана\",\"from\":\""
                + LocalDate.now() + "\"}", "ru").status());
        assertEquals("nothing written", classSize, json(get(studentsPath + "?date=" + LocalDate.now(), director), 200).size());
        JsonNode enrolled = json(call("POST", studentsPath, director, "{\"lastName\":\"Қасымова\",\"firstName\":\"Айдана\","
                + "\"birthDate\":\"2013-04-02\",\"gender\":\"FEMALE\",\"from\":\"" + LocalDate.now() + "\",\"order\":\"№ 45\"}", "ru"), 201);
        assertEquals(classId, enrolled.get("classId").asLong());
        assertEquals(classSize + 1, json(get(studentsPath + "?date=" + LocalDate.now(), director), 200).size());

        // the feature goes away live
        features.uninstallFeature("digitaledu-school");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get("/api/school/journals", teacher).status() == 404);
        assertEquals(200, get("/api/health", Map.of()).status());
    }
}
