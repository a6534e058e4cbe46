package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
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
 * The server on PostgreSQL by configuration alone: before Karaf starts, {@code etc/org.ops4j.datasource-digitaledu.cfg}
 * names an empty PostgreSQL database (on the throw-away server {@code scripts/test.sh} starts, given in
 * {@code EDU_TEST_POSTGRES_URL}); the platform, school management and Timetables then create their schemas there, load
 * the demo data, and work over REST, long texts (a FET file) included. Skipped when no PostgreSQL server is given.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT extends KarafTestSupport {

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() throws Exception {
        Option[] base = baseOptions();
        String admin = System.getenv("EDU_TEST_POSTGRES_URL");
        if (admin == null || admin.isBlank()) {
            return base;
        }
        String database = "edu_it_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = admin.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        Option[] all = Arrays.copyOf(base, base.length + 4);
        String cfg = "etc/org.ops4j.datasource-digitaledu.cfg";
        all[base.length] = editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        all[base.length + 1] = editConfigurationFilePut(cfg, "dataSourceName", "digitaledu");
        all[base.length + 2] = editConfigurationFilePut(cfg, "url", url);
        all[base.length + 3] = systemProperty("edu.test.postgres.url").value(url);
        return all;
    }

    @Test
    public void theServerRunsOnPostgreSqlByConfigurationAlone() throws Exception {
        assumeTrue("no EDU_TEST_POSTGRES_URL: run scripts/test.sh", System.getProperty("edu.test.postgres.url") != null);
        install(features, "digitaledu-platform");
        install(features, "digitaledu-school");
        install(features, "digitaledu-timetable");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            Reply h = get("/api/health", Map.of());
            return h.status() == 200 && h.json().at("/components/timetable/status").asText().equals("UP")
                    && h.json().at("/components/school/status").asText().equals("UP")
                    && post("/api/auth/token", null, "{\"username\":\"director\",\"password\":\"Director-2026!\"}", "en").status() == 200;
        });
        JsonNode health = get("/api/health", Map.of()).json();
        assertTrue(health.toString(), health.at("/components/database/product").asText().startsWith("PostgreSQL"));
        String director = token("director", "Director-2026!");

        // the platform's demo data and its audit log are in PostgreSQL
        JsonNode orgs = get("/api/organisations", director).json();
        assertTrue(orgs.toString(), orgs.size() > 0);
        // school management: the demo school year is created there (its classes load in the background)
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> get("/api/school/years", director).json().size() > 0);

        // Timetables: a FET file (a long text column) is stored, solved, edited by hand and exported again
        long school = -1;
        for (JsonNode o : orgs) {
            if (o.get("code").asText().equals("school-25")) {
                school = o.get("id").asLong();
            }
        }
        byte[] fet;
        try (InputStream in = getClass().getResourceAsStream("/fet/small-school.fet")) {
            fet = in.readAllBytes();
        }
        Reply created = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/timetable/schools/" + school + "/timetables?name=PG&seconds=3"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/xml").header("Authorization", "Bearer " + director)
                .POST(HttpRequest.BodyPublishers.ofByteArray(fet)).build());
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        String base = "/api/timetable/schools/" + school + "/timetables/" + id;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> !get(base, director).json().get("solving").asBoolean());
        assertEquals(0, get(base, director).json().get("hardScore").asInt());
        JsonNode plan = get(base + "/plan", director).json();
        assertEquals(plan.toString(), 10, plan.get("lessons").size());
        JsonNode lesson = plan.get("lessons").get(0);
        String here = "{\"day\":\"" + lesson.get("day").asText() + "\",\"period\":" + lesson.get("period").asInt() + "}";
        assertEquals(200, post(base + "/plan/lessons/" + lesson.get("id").asText() + "/move", director, here, "en").status());
        Reply exported = get(base + "/fet", director);
        assertEquals(200, exported.status());
        assertTrue("the stored FET file comes back whole, with the timetable locked in",
                exported.body().contains("<Permanently_Locked>true</Permanently_Locked>") && exported.body().trim().endsWith("</fet>"));
        JsonNode audit = get("/api/audit?action=timetable.move", director).json();
        assertTrue(audit.toString(), audit.toString().contains("timetable.move"));
    }
}
