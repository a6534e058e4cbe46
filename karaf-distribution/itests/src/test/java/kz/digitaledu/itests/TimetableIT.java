package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
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

/** The Timetables feature installs live on the platform alone; a FET file is checked and solved over REST. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TimetableIT extends KarafTestSupport {

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    private static Reply postFet(String path, String token, byte[] body, String language) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/xml").header("Accept-Language", language)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    public void aFetFileIsCheckedAndSolvedWithoutHardViolations() throws Exception {
        install(features, "digitaledu-timetable");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply h = get("/api/health", Map.of());
            if (h.json() == null || !h.json().at("/components/timetable/status").asText().equals("UP")) {
                return false;
            }
            // the REST endpoint is rebuilt as each bundle's resources arrive: wait until the timetable resource answers too
            Reply t = post("/api/auth/token", null, "{\"username\":\"director\",\"password\":\"Director-2026!\"}", "en");
            if (t.status() != 200) {
                return false;
            }
            Reply check = post("/api/timetable/fet/check", t.json().get("token").asText(), "", "en");
            return check.json() != null && check.status() != 404;
        });
        byte[] fet;
        try (InputStream in = getClass().getResourceAsStream("/fet/small-school.fet")) {
            fet = in.readAllBytes();
        }
        String director = token("director", "Director-2026!");
        Reply check = postFet("/api/timetable/fet/check", director, fet, "en");
        assertEquals(check.body(), 200, check.status());
        // The sample file holds one FET constraint type we do not model yet: it is reported, not silently dropped.
        assertEquals(check.body(), false, check.json().get("supported").asBoolean());
        assertEquals(1, check.json().at("/unmappedHard/ConstraintTeacherMaxSpanPerDay").asInt());
        assertTrue(check.json().get("lessons").asInt() > 0);
        assertEquals(0, check.json().get("problems").size());

        Reply solved = postFet("/api/timetable/fet/solve?seconds=20", director, fet, "en");
        assertEquals(solved.body(), 200, solved.status());
        assertEquals(solved.body(), 0, solved.json().get("hardScore").asLong());
        assertTrue(solved.json().get("activitiesTimetableXml").asText().contains("<Activities_Timetable>"));

        Reply broken = postFet("/api/timetable/fet/check", director, "<fet><Days_List>".getBytes(), "ru");
        assertEquals(broken.body(), 422, broken.status());
        assertTrue(broken.body(), broken.json().at("/fields/0/message").asText().startsWith("Строка "));
        assertEquals(403, postFet("/api/timetable/fet/check", token("student", "Student-2026!"), fet, "en").status());
    }
}
