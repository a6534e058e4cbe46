package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * The coding-school feature installs live; a student's submissions are judged in the sandbox through REST; teachers
 * upload and write tasks that students then solve, bad packages are refused whole.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CodingIT extends KarafTestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    private static String submission(String language, String source) throws Exception {
        return MAPPER.writeValueAsString(Map.of("taskId", "aplusb", "language", language, "source", source));
    }

    private static String submission(String taskId, String language, String source) throws Exception {
        return MAPPER.writeValueAsString(Map.of("taskId", taskId, "language", language, "source", source));
    }

    /** A zip of name, content pairs. */
    private static byte[] zip(String... nameContent) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameContent.length; i += 2) {
                z.putNextEntry(new ZipEntry(nameContent[i]));
                z.write(nameContent[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A Kattis package of "multiply two numbers" in the folder {@code prefix}, with {@code tests} tests (the first a sample). */
    private static byte[] multiplyPackage(String prefix, int tests) throws Exception {
        return zip(multiplyPackageFiles(prefix, tests));
    }

    private static String[] multiplyPackageFiles(String prefix, int tests) {
        List<String> files = new ArrayList<>(List.of(prefix + "problem.yaml", "name:\n  en: Multiply\n  kk: Көбейту\nlimits:\n  time: 2\n  memory: 128\n",
                prefix + "problem_statement/problem.en.md", "Print a * b."));
        for (int i = 1; i <= tests; i++) {
            String dir = prefix + (i == 1 ? "data/sample/" : "data/secret/");
            files.addAll(List.of(dir + i + ".in", i + " " + (i + 7) + "\n", dir + i + ".ans", (i * (i + 7)) + "\n"));
        }
        return files.toArray(String[]::new);
    }

    private static Reply upload(String token, String query, byte[] zip, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/coding/tasks" + query)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/zip").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    private static HttpResponse<byte[]> download(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> taskIds(String token) {
        Reply r = get("/api/coding/tasks", token);
        assertEquals(r.body(), 200, r.status());
        List<String> ids = new ArrayList<>();
        r.json().forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private Reply awaitDone(String token, long id) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = get("/api/coding/submissions/" + id, token);
            return last[0].status() == 200 && last[0].json().get("status").asText().equals("DONE");
        });
        return last[0];
    }

    @Test
    public void studentSubmissionsAreJudgedInTheSandboxAndBadInputIsRefused() throws Exception {
        install(features, "digitaledu-coding");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply h = get("/api/health", Map.of());
            if (h.status() < 200 || h.json() == null || !h.json().at("/components/judge/status").asText().equals("UP")) {
                return false;
            }
            // the REST endpoint is rebuilt as each bundle's resources arrive: wait until the coding resource answers too
            Reply t = post("/api/auth/token", null, "{\"username\":\"student\",\"password\":\"Student-2026!\"}", "en");
            return t.status() == 200 && get("/api/coding/tasks", t.json().get("token").asText()).status() == 200;
        });
        assertEquals("v1", get("/api/health", Map.of()).json().at("/components/judge/cgroup").asText());
        String student = token("student", "Student-2026!");
        assertTrue(get("/api/coding/tasks", student).body().contains("aplusb"));

        Reply accepted = post("/api/coding/submissions", student, submission("python", "a, b = map(int, input().split())\nprint(a + b)\n"), "en");
        assertEquals(accepted.body(), 202, accepted.status());
        Reply done = awaitDone(student, accepted.json().get("id").asLong());
        assertEquals(done.body(), "AC", done.json().get("verdict").asText());
        assertTrue(done.json().at("/result/tests").size() >= 3);

        Reply wrong = post("/api/coding/submissions", student, submission("cpp",
                "#include <cstdio>\nint main(){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a-b);}\n"), "en");
        assertEquals("WA", awaitDone(student, wrong.json().get("id").asLong()).json().get("verdict").asText());

        Reply empty = post("/api/coding/submissions", student, submission("python", "  "), "kk");
        assertEquals(422, empty.status());
        assertEquals("Бағдарлама бос.", empty.json().at("/fields/0/message").asText());
        Reply unknownLanguage = post("/api/coding/submissions", student, submission("cobol", "x"), "en");
        assertEquals(422, unknownLanguage.status());
        assertEquals(403, post("/api/coding/tasks/aplusb/rejudge", student, "", "en").status());

        String teacher = token("teacher", "Teacher-2026!");
        Reply rejudge = post("/api/coding/tasks/aplusb/rejudge", teacher, "", "en");
        assertEquals(rejudge.body(), 200, rejudge.status());
        assertTrue(rejudge.json().get("queued").asInt() >= 2);
        assertEquals("AC", awaitDone(student, accepted.json().get("id").asLong()).json().get("verdict").asText());
    }

    @Test
    public void teachersUploadAndWriteTasksThatStudentsSolve() throws Exception {
        install(features, "digitaledu-coding");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply h = get("/api/health", Map.of());
            if (h.status() < 200 || h.json() == null || !h.json().at("/components/judge/status").asText().equals("UP")) {
                return false;
            }
            Reply t = post("/api/auth/token", null, "{\"username\":\"teacher\",\"password\":\"Teacher-2026!\"}", "en");
            return t.status() == 200 && get("/api/coding/tasks", t.json().get("token").asText()).status() == 200;
        });
        String teacher = token("teacher", "Teacher-2026!");
        String student = token("student", "Student-2026!");
        List<String> before = taskIds(student);
        assertFalse(before.contains("multiply"));

        // students may not upload, write, read back, download or delete tasks
        assertEquals(403, upload(student, "?id=multiply", multiplyPackage("", 3), "en").status());
        assertEquals(403, get("/api/coding/tasks/aplusb/draft", student).status());
        assertEquals(403, download(student, "/api/coding/tasks/aplusb/package").statusCode());
        assertEquals(403, call("DELETE", "/api/coding/tasks/aplusb", student, null, "en").status());
        assertEquals(before, taskIds(student));

        // bad packages: a translated 422 with a stable code, and nothing changes
        Reply tooFew = upload(teacher, "", multiplyPackage("multiply/", 2), "kk");
        assertEquals(tooFew.body(), 422, tooFew.status());
        assertEquals("task_package_invalid", tooFew.json().get("code").asText());
        assertEquals("Есепте 2 тест бар; кемінде 3 тест қажет.", tooFew.json().get("message").asText());
        byte[] slip = zip("problem.yaml", "name: x\n", "../../../../etc/cron.d/evil", "x");
        Reply unsafe = upload(teacher, "?id=multiply", slip, "en");
        assertEquals(unsafe.body(), 422, unsafe.status());
        assertEquals("task_package_invalid", unsafe.json().get("code").asText());
        assertTrue(unsafe.body(), unsafe.json().get("message").asText().contains("../../../../etc/cron.d/evil"));
        Reply notZip = upload(teacher, "?id=multiply", "just text".getBytes(StandardCharsets.UTF_8), "ru");
        assertEquals(notZip.body(), 422, notZip.status());
        assertEquals("Пакет задачи должен быть файлом .zip.", notZip.json().get("message").asText());
        Reply yaml = upload(teacher, "?id=multiply", zip("problem.yaml", "name: [oops", "data/secret/1.in", "1"), "en");
        assertEquals(yaml.body(), 422, yaml.status());
        List<String> badChecker = new ArrayList<>(List.of(multiplyPackageFiles("", 3)));
        badChecker.set(1, "name: Multiply\nvalidation: custom\n");
        badChecker.addAll(List.of("output_validators/check/check.cpp", "int main( { return 42 }\n"));
        Reply checker = upload(teacher, "?id=multiply", zip(badChecker.toArray(String[]::new)), "en");
        assertEquals(checker.body(), 422, checker.status());
        assertTrue(checker.body(), checker.json().get("message").asText().startsWith("The custom checker does not compile"));
        assertEquals(before, taskIds(student));

        // a good package in one folder: the folder names the task; students see it and are judged on it
        Reply uploaded = upload(teacher, "", multiplyPackage("multiply/", 3), "en");
        assertEquals(uploaded.body(), 201, uploaded.status());
        assertEquals(3, uploaded.json().get("tests").asInt());
        assertTrue(taskIds(student).contains("multiply"));
        assertEquals("Көбейту", get("/api/coding/tasks/multiply", student).json().at("/info/name/kk").asText());
        Reply sent = post("/api/coding/submissions", student, submission("multiply", "python", "a, b = map(int, input().split())\nprint(a * b)\n"), "en");
        assertEquals(sent.body(), 202, sent.status());
        Reply judged = awaitDone(student, sent.json().get("id").asLong());
        assertEquals(judged.body(), "AC", judged.json().get("verdict").asText());
        assertEquals(3, judged.json().at("/result/tests").size());

        // replacing is explicit; afterwards the earlier submission is still there and is judged on the new tests
        Reply again = upload(teacher, "", multiplyPackage("multiply/", 4), "en");
        assertEquals(again.body(), 409, again.status());
        Reply replaced = upload(teacher, "?replace=true", multiplyPackage("multiply/", 4), "en");
        assertEquals(replaced.body(), 201, replaced.status());
        assertEquals(4, replaced.json().get("tests").asInt());
        assertEquals(200, post("/api/coding/tasks/multiply/rejudge", teacher, "", "en").status());
        Reply rejudged = awaitDone(student, sent.json().get("id").asLong());
        assertEquals(rejudged.body(), "AC", rejudged.json().get("verdict").asText());
        assertEquals(4, rejudged.json().at("/result/tests").size());

        // a task written as JSON: exact checking, three tests, one a sample
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("id", "greet");
        draft.put("names", Map.of("en", "Greeting", "ru", "Приветствие", "kk", "Сәлемдесу"));
        draft.put("statements", Map.of("en", "Print Hello, then the name.", "ru", "Выведите Hello и имя.", "kk", "Hello және атын шығарыңыз."));
        draft.put("timeLimitSeconds", 1.5);
        draft.put("memoryLimitMb", 128);
        draft.put("checker", "exact");
        draft.put("tests", List.of(Map.of("input", "Aru\n", "output", "Hello, Aru\n", "sample", true),
                Map.of("input", "Dana", "output", "Hello, Dana", "sample", false),
                Map.of("input", "Ali\n", "output", "Hello, Ali\n", "sample", false)));
        Reply twoTests = post("/api/coding/tasks", teacher, MAPPER.writeValueAsString(Map.of("id", "greet", "names", Map.of("en", "G"),
                "tests", List.of(Map.of("input", "1", "output", "1", "sample", true)))), "en");
        assertEquals(twoTests.body(), 422, twoTests.status());
        assertEquals("tests", twoTests.json().at("/fields/0/field").asText());
        Reply written = post("/api/coding/tasks", teacher, MAPPER.writeValueAsString(draft), "en");
        assertEquals(written.body(), 201, written.status());
        Reply greet = post("/api/coding/submissions", student, submission("greet", "python", "print('Hello, ' + input())\n"), "en");
        assertEquals("AC", awaitDone(student, greet.json().get("id").asLong()).json().get("verdict").asText());
        Reply sloppy = post("/api/coding/submissions", student, submission("greet", "python", "print('Hello,  ' + input())\n"), "en");
        assertEquals("WA", awaitDone(student, sloppy.json().get("id").asLong()).json().get("verdict").asText());

        // read back for editing, and downloaded as a Kattis package
        Reply back = get("/api/coding/tasks/greet/draft", teacher);
        assertEquals(back.body(), 200, back.status());
        assertEquals("Hello, Dana\n", back.json().at("/tests/1/output").asText());
        assertEquals("exact", back.json().get("checker").asText());
        HttpResponse<byte[]> zip = download(teacher, "/api/coding/tasks/greet/package");
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(names.toString(), names.containsAll(List.of("greet/problem.yaml", "greet/problem_statement/problem.kk.md",
                "greet/data/sample/1.in", "greet/data/secret/2.ans", "greet/data/secret/3.in")));

        // the new endpoints are documented
        Reply openApi = get("/api/openapi.json", Map.of());
        assertEquals(200, openApi.status());
        assertTrue(openApi.json().path("paths").has("/coding/tasks/{id}/package"));
        assertTrue(openApi.json().path("paths").path("/coding/tasks").has("post"));

        // deleting: students no longer see it; every change is in the audit log, for the school's director
        assertEquals(204, call("DELETE", "/api/coding/tasks/greet", teacher, null, "en").status());
        assertFalse(taskIds(student).contains("greet"));
        Reply audit = get("/api/audit?entityType=coding_task", token("director", "Director-2026!"));
        assertEquals(audit.body(), 200, audit.status());
        List<String> actions = new ArrayList<>();
        for (JsonNode e : audit.json()) {
            actions.add(e.get("action").asText() + " " + e.get("entityId").asText() + " " + e.get("actorUsername").asText());
        }
        assertEquals(List.of("coding.task.delete greet teacher", "coding.task.create greet teacher", "coding.task.replace multiply teacher",
                "coding.task.create multiply teacher"), actions);
    }
}
