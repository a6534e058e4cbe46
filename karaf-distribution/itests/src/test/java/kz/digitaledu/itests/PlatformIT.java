package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The platform feature installs into a running Karaf (Derby embedded, demo data) and serves its REST
 * API: health, tokens, organisations, users, the audit log, JSON errors, tenant separation.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PlatformIT extends KarafTestSupport {

    @Inject
    FeaturesService features;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    private void ensurePlatform() throws Exception {
        if (!features.isInstalled(features.getFeature("digitaledu-platform"))) {
            install(features, "digitaledu-platform");
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Reply h = get("/api/health", Map.of());
            return h.status() == 200 && h.json().path("components").path("database").path("status").asText().equals("UP")
                    && post("/api/auth/token", null, "{\"username\":\"admin\",\"password\":\"Admin-2026!\"}", "en").status() == 200;
        });
    }

    @Test
    public void a_platformFeatureInstallsLiveAndAnswersHealthAndJsonErrors() throws Exception {
        assertEquals("nothing listens before the platform is installed", -1, get("/api/health", Map.of()).status());
        ensurePlatform();
        for (String bsn : new String[] {"kz.digitaledu.platform.api", "kz.digitaledu.platform.core", "kz.digitaledu.platform.rest"}) {
            assertEquals(bsn + " active", Bundle.ACTIVE, find(bsn).getState());
        }
        Reply health = get("/api/health", Map.of());
        assertEquals("UP", health.json().get("status").asText());
        assertTrue(health.json().at("/components/database/product").asText().startsWith("Apache Derby"));

        Reply missing = get("/api/no-such-thing", Map.of("Accept-Language", "kk"));
        assertEquals(404, missing.status());
        assertEquals("unknown_path", missing.json().get("code").asText());
        assertEquals("Мұндай мекенжай жоқ.", missing.json().get("message").asText());

        Reply wrongMethod = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/health"))
                .header("Accept-Language", "ru").DELETE().build());
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.json().get("code").asText());

        Reply openApi = get("/api/openapi.json", Map.of());
        assertEquals(200, openApi.status());
        assertEquals("3.0.1", openApi.json().get("openapi").asText());
        for (String path : new String[] {"/auth/token", "/users", "/organisations", "/audit", "/health"}) {
            assertTrue("OpenAPI documents " + path, openApi.json().path("paths").has(path));
        }

        Reply anonymous = get("/api/users", (String) null);
        assertEquals(401, anonymous.status());
        assertEquals(401, get("/api/users", "forged-token-forged-token-forged").status());
    }

    @Test
    public void b_tokenThenOrganisationAndUserOverRestAreAudited() throws Exception {
        ensurePlatform();
        String admin = token("admin", "Admin-2026!");
        long esil = idOf(get("/api/organisations", admin).json(), "code", "astana-esil");

        Reply school = post("/api/organisations", admin, "{\"parentId\":" + esil
                + ",\"type\":\"SCHOOL\",\"code\":\"it-school-1\",\"nameKk\":\"Тест мектебі\",\"nameRu\":\"Тестовая школа\"}", "en");
        assertEquals(school.body(), 201, school.status());
        long schoolId = school.json().get("id").asLong();

        Reply user = post("/api/users", admin, "{\"username\":\"it.teacher\",\"password\":\"Secret-2026\",\"language\":\"kk\","
                + "\"lastName\":\"Ахметова\",\"firstName\":\"Сәуле\",\"organisationId\":" + schoolId + ",\"role\":\"TEACHER\"}", "en");
        assertEquals(user.body(), 201, user.status());
        assertEquals("it.teacher", user.json().get("username").asText());
        assertFalse("no secrets in answers", user.body().contains("argon2"));

        String teacher = token("it.teacher", "Secret-2026");
        assertEquals("it.teacher", get("/api/me", teacher).json().get("username").asText());
        // the administrator chose the password: the owner replaces it before anything else (national minimum 5(9))
        assertTrue(get("/api/me", teacher).json().get("passwordChangeRequired").asBoolean());
        Reply blocked = get("/api/me/notifications?unread=true", teacher);
        assertEquals(blocked.body(), 403, blocked.status());
        assertEquals("password_change_required", blocked.json().get("code").asText());
        assertEquals(204, post("/api/me/password", teacher, "{\"currentPassword\":\"Secret-2026\",\"newPassword\":\"Own-Secret-2026\"}",
                "en").status());
        Reply inbox = get("/api/me/notifications?unread=true", teacher);
        assertEquals(inbox.body(), 200, inbox.status());
        assertTrue(inbox.json().isArray());
        assertEquals(404, post("/api/me/notifications/999999/read", teacher, "", "en").status());

        JsonNode audit = get("/api/audit?user=admin", admin).json();
        assertTrue(audit.toString(), StreamSupport.stream(audit.spliterator(), false)
                .anyMatch(e -> e.get("action").asText().equals("user.create") && e.get("after").asText().contains("it.teacher")));
        assertTrue(StreamSupport.stream(audit.spliterator(), false)
                .anyMatch(e -> e.get("action").asText().equals("organisation.create") && e.get("entityId").asText().equals(String.valueOf(schoolId))));
        Reply csv = get("/api/audit/export.csv?action=user.create", admin);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("id,at,actor"));
        assertTrue(csv.body().contains("it.teacher"));
    }

    @Test
    public void c_badInputGets4xxJsonAndWritesNothing() throws Exception {
        ensurePlatform();
        String director = token("director", "Director-2026!");
        String director67 = token("director67", "Director-2026!");
        long school25 = idOf(get("/api/organisations", director).json(), "code", "school-25");
        int usersBefore = get("/api/users", director).json().size();

        Reply malformed = post("/api/users", director, "{\"username\":", "ru");
        assertEquals(400, malformed.status());
        assertEquals("malformed_request", malformed.json().get("code").asText());
        assertTrue(malformed.json().get("message").asText(), malformed.json().get("message").asText().startsWith("Не удалось прочитать запрос"));

        Reply wrongType = post("/api/users", director, "{\"username\":\"a.b\",\"organisationId\":\"school\"}", "en");
        assertEquals(400, wrongType.status());

        Reply unknownField = post("/api/users", director, "{\"username\":\"a.b\",\"isAdmin\":true}", "en");
        assertEquals(400, unknownField.status());

        Reply missing = post("/api/users", director, "{}", "kk");
        assertEquals(422, missing.status());
        assertEquals("validation_failed", missing.json().get("code").asText());
        assertTrue(missing.json().get("fields").size() >= 5);
        assertEquals("Міндетті өріс.", fieldMessage(missing.json(), "username"));

        Reply tooLong = post("/api/users", director, "{\"username\":\"long.name\",\"password\":\"Secret-2026\",\"lastName\":\""
                + "Ж".repeat(500) + "\",\"firstName\":\"Ә\",\"organisationId\":" + school25 + ",\"role\":\"TEACHER\"}", "en");
        assertEquals(422, tooLong.status());
        assertEquals("At most 100 characters.", fieldMessage(tooLong.json(), "lastName"));

        Reply otherSchool = post("/api/users", director67, "{\"username\":\"intruder\",\"password\":\"Secret-2026\",\"lastName\":\"X\","
                + "\"firstName\":\"Y\",\"organisationId\":" + school25 + ",\"role\":\"TEACHER\"}", "en");
        assertEquals(403, otherSchool.status());
        assertEquals("forbidden", otherSchool.json().get("code").asText());

        assertEquals("school B never sees school A's users", 0,
                StreamSupport.stream(get("/api/users", director67).json().spliterator(), false)
                        .filter(u -> u.get("username").asText().equals("teacher")).count());
        assertEquals(404, get("/api/organisations/" + school25, director67).status());
        assertEquals("nothing was written", usersBefore, get("/api/users", director).json().size());
    }

    @Test
    public void d_partnerBundleAppearsAndDisappearsWhileUsersStaySignedIn() throws Exception {
        ensurePlatform();
        String teacher = token("teacher", "Teacher-2026!");
        String student = token("student", "Student-2026!");
        assertEquals(404, get("/api/example/greeting", teacher).status());
        // While the partner's bundle comes and goes the rest of the API keeps answering: no 404 or "no service" window.
        java.util.List<String> outages = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                Reply me = get("/api/me", teacher);
                calls.incrementAndGet();
                if (me.status() != 200) {
                    outages.add(me.status() + " " + me.body());
                }
            }
        }, "api-watcher");
        watcher.start();

        install(features, "digitaledu-example");
        // The bundle's services (REST resource, health entry) register one after the other: wait for all of them.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/example/greeting", teacher).status() == 200
                        && get("/api/health", Map.of()).json().at("/components/example/status").asText().equals("UP")
                        && get("/api/openapi.json", Map.of()).json().path("paths").has("/example/greeting"));
        Reply greeting = get("/api/example/greeting", Map.of("Authorization", "Bearer " + teacher, "Accept-Language", "kk"));
        assertEquals("Сәлеметсіз бе, Нұрланов Асхат!", greeting.json().get("greeting").asText());
        assertEquals("the example's permission is enforced", 403, get("/api/example/greeting", student).status());
        assertEquals("UP", get("/api/health", Map.of()).json().at("/components/example/status").asText());
        assertTrue(get("/api/openapi.json", Map.of()).json().path("paths").has("/example/greeting"));

        features.uninstallFeature("digitaledu-example", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/example/greeting", teacher).status() == 404
                        && get("/api/health", Map.of()).json().path("components").path("example").isMissingNode()
                        && !get("/api/openapi.json", Map.of()).json().path("paths").has("/example/greeting"));
        assertTrue(get("/api/health", Map.of()).json().path("components").path("example").isMissingNode());
        assertFalse(get("/api/openapi.json", Map.of()).json().path("paths").has("/example/greeting"));
        watching.set(false);
        watcher.join(30_000);
        assertTrue("the watcher made calls: " + calls.get(), calls.get() > 10);
        assertEquals("answers other than 200 while the partner bundle came and went: " + outages, 0, outages.size());
        assertEquals("signed-in users keep working", "teacher", get("/api/me", teacher).json().get("username").asText());
        assertTrue(find("kz.digitaledu.platform.rest").getState() == Bundle.ACTIVE);
    }

    @Inject
    SessionFactory sessionFactory;

    private String shell(String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        try {
            session.execute(command);
        } finally {
            print.flush();
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    public void e_operatorCommandsCreateOrganisationsAndUsersResetPasswordsAndBackUp() throws Exception {
        ensurePlatform();
        String created = shell("edu:organisation-create --type SCHOOL --parent astana-esil --name-ru \"Школа из консоли\" it-shell-school");
        assertTrue(created, created.contains("Created SCHOOL it-shell-school"));
        String user = shell("edu:user-create --organisation it-shell-school --role TEACHER --last-name Иванов --first-name Иван"
                + " shell.user Secret-2026");
        assertTrue(user, user.contains("Created shell.user"));
        token("shell.user", "Secret-2026");

        String bad = shell("edu:user-create --organisation no-such-school --role TEACHER --last-name A --first-name B x short");
        assertTrue(bad, bad.contains("Error:"));
        assertEquals(401, post("/api/auth/token", null, "{\"username\":\"x\",\"password\":\"short\"}", "en").status());

        String reset = shell("edu:password-reset shell.user NewSecret-2026");
        assertTrue(reset, reset.contains("reset"));
        assertEquals(401, post("/api/auth/token", null, "{\"username\":\"shell.user\",\"password\":\"Secret-2026\"}", "en").status());
        token("shell.user", "NewSecret-2026");

        java.io.File dir = new java.io.File(System.getProperty("karaf.data"), "it-backup");
        String backup = shell("edu:backup " + dir.getAbsolutePath());
        assertTrue(backup, backup.contains("Backup written"));
        assertTrue("Derby backup holds the database", new java.io.File(dir, "digitaledu/service.properties").isFile());
        String admin = token("admin", "Admin-2026!");
        assertTrue(get("/api/audit?action=database.backup", admin).json().size() >= 1);
    }

    @Test
    public void f_operatorRestoresABackupWhileTheServerRuns() throws Exception {
        ensurePlatform();
        String before = shell("edu:organisation-create --type SCHOOL --parent astana-esil --name-ru \"До резервной копии\" it-before-backup");
        assertTrue(before, before.contains("Created SCHOOL it-before-backup"));
        java.nio.file.Path files = java.nio.file.Path.of(System.getProperty("karaf.data"), "files");
        java.nio.file.Files.createDirectories(files.resolve("aa"));
        java.nio.file.Files.writeString(files.resolve("aa/aa-before"), "attached before the backup");
        java.io.File dir = new java.io.File(System.getProperty("karaf.data"), "it-restore-backup");
        String backup = shell("edu:backup " + dir.getAbsolutePath());
        assertTrue(backup, backup.contains("Backup written") && backup.contains("1 attached files"));
        java.nio.file.Files.createDirectories(files.resolve("bb"));
        java.nio.file.Files.writeString(files.resolve("bb/bb-after"), "attached after the backup");
        String after = shell("edu:organisation-create --type SCHOOL --parent astana-esil --name-ru \"После резервной копии\" it-after-backup");
        assertTrue(after, after.contains("Created SCHOOL it-after-backup"));

        // Wrong folders and a missing confirmation change nothing.
        String missing = shell("edu:restore --yes " + new java.io.File(dir.getParentFile(), "no-such-backup").getAbsolutePath());
        assertTrue(missing, missing.contains("Error:") && missing.contains("is not a folder"));
        String notABackup = shell("edu:restore --yes " + new java.io.File(System.getProperty("karaf.data"), "log").getAbsolutePath());
        assertTrue(notABackup, notABackup.contains("Error:") && notABackup.contains("holds no Derby backup"));
        String unconfirmed = shell("edu:restore " + dir.getAbsolutePath());
        assertTrue(unconfirmed, unconfirmed.contains("--yes"));
        String admin = token("admin", "Admin-2026!");
        JsonNode organisations = get("/api/organisations", admin).json();
        idOf(organisations, "code", "it-after-backup");

        String restored = shell("edu:restore --yes " + dir.getAbsolutePath());
        assertTrue(restored, restored.contains("Database restored from"));
        ensurePlatform();
        String adminAgain = token("admin", "Admin-2026!");
        JsonNode restoredOrganisations = get("/api/organisations", adminAgain).json();
        idOf(restoredOrganisations, "code", "it-before-backup");
        assertFalse("the organisation created after the backup is gone: " + restoredOrganisations,
                restoredOrganisations.toString().contains("it-after-backup"));
        JsonNode audit = get("/api/audit?action=database.restore", adminAgain).json();
        assertEquals(audit.toString(), 1, audit.size());
        // The database that was replaced was itself backed up first, so the restore can be undone.
        String safety = audit.get(0).get("before").asText();
        assertTrue(safety, safety.contains("before-restore-") && new java.io.File(safety, "digitaledu/service.properties").isFile());
        assertTrue("the attached files are those of the backup", java.nio.file.Files.isRegularFile(files.resolve("aa/aa-before"))
                && !java.nio.file.Files.exists(files.resolve("bb/bb-after")));
        assertTrue("and the replaced ones are in the safety copy", java.nio.file.Files.isRegularFile(
                java.nio.file.Path.of(safety, "files", "bb", "bb-after")));
        // The console keeps working on the restored database.
        String again = shell("edu:organisation-create --type SCHOOL --parent astana-esil --name-ru \"После восстановления\" it-after-restore");
        assertTrue(again, again.contains("Created SCHOOL it-after-restore"));
    }

    @Test
    public void g_contactDetailsAndTheEmailGatewayDeliverNotificationsOutsideTheApplication() throws Exception {
        ensurePlatform();
        String admin = token("admin", "Admin-2026!");
        long school = idOf(get("/api/organisations", admin).json(), "code", "school-25");
        Reply created = post("/api/users", admin, "{\"username\":\"it.mail\",\"password\":\"Secret-2026\",\"language\":\"ru\","
                + "\"lastName\":\"Сейтова\",\"firstName\":\"Дана\",\"organisationId\":" + school + ",\"role\":\"TEACHER\"}", "en");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        String dana = token("it.mail", "Secret-2026");
        assertEquals(204, post("/api/me/password", dana, "{\"currentPassword\":\"Secret-2026\",\"newPassword\":\"Dana-Own-2026\"}",
                "en").status());

        // Bad contact details: 422 naming each field in the caller's language, 400 for broken JSON; nothing stored.
        Reply bad = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/me/contacts"))
                .header("Authorization", "Bearer " + dana).header("Content-Type", "application/json").header("Accept-Language", "kk")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"dana@\",\"phone\":\"+7 701\",\"byEmail\":true,\"bySms\":true}")).build());
        assertEquals(bad.body(), 422, bad.status());
        assertTrue(bad.body(), fieldMessage(bad.json(), "email").contains("электрондық пошта"));
        fieldMessage(bad.json(), "phone");
        Reply incomplete = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/me/contacts"))
                .header("Authorization", "Bearer " + dana).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"dana@mail.kz\",\"byEmail\":true}")).build());
        assertEquals(incomplete.body(), 422, incomplete.status());
        fieldMessage(incomplete.json(), "bySms");
        Reply broken = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/me/contacts"))
                .header("Authorization", "Bearer " + dana).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\": [")).build());
        assertEquals(broken.body(), 400, broken.status());
        assertTrue(get("/api/me/contacts", dana).json().get("email").isNull());

        Reply saved = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/me/contacts"))
                .header("Authorization", "Bearer " + dana).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"Dana.Seitova@School25.EDU.kz\",\"phone\":\"8 701 111 22 33\",\"byEmail\":true,\"bySms\":false}")).build());
        assertEquals(saved.body(), 200, saved.status());
        assertEquals("Dana.Seitova@school25.edu.kz", saved.json().get("email").asText());
        assertEquals("+77011112233", get("/api/users/" + id + "/contacts", admin).json().get("phone").asText());
        String director67 = token("director67", "Director-2026!");
        assertEquals("another school's director", 404, get("/api/users/" + id + "/contacts", director67).status());
        assertTrue(get("/api/audit?action=user.contacts", admin).body().contains("+77011112233"));

        // The e-mail gateway, configured while the server runs, mails the next notification in the recipient's language.
        try (SmtpSink smtp = new SmtpSink()) {
            org.osgi.service.cm.ConfigurationAdmin cm = context.getService(context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class));
            org.osgi.service.cm.Configuration mail = cm.getConfiguration("kz.digitaledu.platform.mail", "?");
            java.util.Hashtable<String, Object> settings = new java.util.Hashtable<>();
            settings.put("host", "127.0.0.1");
            settings.put("port", smtp.port());
            settings.put("security", "none");
            settings.put("from", "Digital Education <noreply@digitaledu.kz>");
            mail.update(settings);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> context.getServiceReferences(
                        kz.digitaledu.platform.api.NotificationChannel.class, "(component.name=*EmailChannel)").size() == 1);
                Reply reset = post("/api/users/" + id + "/password", admin, "{\"password\":\"Another-2026\"}", "en");
                assertEquals(reset.body(), 204, reset.status());
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> smtp.messages().size() >= 1);
                String message = smtp.messages().get(0);
                assertTrue(message, message.contains("RCPT TO:<Dana.Seitova@school25.edu.kz>"));
                assertTrue(message, message.contains("Content-Language: ru"));
                String afterReset = token("it.mail", "Another-2026");
                assertEquals("a reset by the administrator must be replaced too", 403,
                        get("/api/me/notifications?unread=true", afterReset).status());
                assertEquals(204, post("/api/me/password", afterReset, "{\"currentPassword\":\"Another-2026\",\"newPassword\":\"Dana-Again-2026\"}",
                        "en").status());
                String inbox = get("/api/me/notifications?unread=true", afterReset).body();
                assertTrue("the in-app copy is there too: " + inbox, inbox.contains("security"));
                await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/health", Map.of()).json().at("/components/email/sent").asInt() == 1);
                assertEquals("UP", get("/api/health", Map.of()).json().at("/components/email/status").asText());
            } finally {
                mail.delete();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> context.getServiceReferences(
                kz.digitaledu.platform.api.NotificationChannel.class, "(component.name=*EmailChannel)").isEmpty());
        assertTrue("the gateway leaves the health document with its configuration",
                get("/api/health", Map.of()).json().path("components").path("email").isMissingNode());
    }

    /** The smallest SMTP server that accepts mail on loopback and keeps each message's envelope and text. */
    private static final class SmtpSink implements AutoCloseable {
        private final java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
        private final java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread thread = new Thread(this::serve, "it-smtp");

        SmtpSink() throws java.io.IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        java.util.List<String> messages() {
            return messages;
        }

        private void serve() {
            while (!server.isClosed()) {
                try (java.net.Socket s = server.accept();
                        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                java.nio.charset.StandardCharsets.UTF_8));
                        java.io.Writer out = new java.io.OutputStreamWriter(s.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                    StringBuilder message = new StringBuilder();
                    out.write("220 it-smtp\r\n");
                    out.flush();
                    boolean data = false;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        message.append(line).append('\n');
                        if (data) {
                            if (line.equals(".")) {
                                data = false;
                                messages.add(message.toString());
                                out.write("250 queued\r\n");
                            }
                        } else if (line.toUpperCase(java.util.Locale.ROOT).startsWith("DATA")) {
                            data = true;
                            out.write("354 go on\r\n");
                        } else if (line.toUpperCase(java.util.Locale.ROOT).startsWith("QUIT")) {
                            out.write("221 bye\r\n");
                            out.flush();
                            break;
                        } else {
                            out.write("250 ok\r\n");
                        }
                        out.flush();
                    }
                } catch (java.io.IOException e) {
                    // closed
                }
            }
        }

        @Override
        public void close() throws java.io.IOException {
            server.close();
        }
    }

    private static String fieldMessage(JsonNode error, String field) {
        for (JsonNode f : error.get("fields")) {
            if (f.get("field").asText().equals(field)) {
                return f.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + error);
    }

    private static long idOf(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private Bundle find(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle not installed: " + symbolicName);
    }
}
