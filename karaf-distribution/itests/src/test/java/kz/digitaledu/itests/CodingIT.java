package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
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

/** The coding-school feature installs live; a student's submissions are judged in the sandbox through REST. */
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
}
