package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.FeaturesService;
import org.awaitility.core.ConditionTimeoutException;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real distribution built by {@code karaf-distribution} with only Karaf's own features;
 * each test installs the Digital Education features it needs, so that installing (and removing)
 * them live is part of what is tested.
 */
public abstract class KarafTestSupport {
    /** Karaf's own boot features, without any Digital Education feature. */
    static final String KARAF_BOOT = "(instance, package, log, ssh, framework, system, eventadmin, feature, shell, management,"
            + " service, jaas, deployer, diagnostic, wrap, bundle, config, kar, scr)";

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    protected static Option[] baseOptions() {
        String archive = System.getProperty("distribution.archive");
        File file = new File(archive);
        if (!file.isFile()) {
            throw new IllegalStateException("Build karaf-distribution first: no " + file);
        }
        String port = String.valueOf(freePort());
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(file.toURI().toString()).name("Digital Education")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", KARAF_BOOT),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
            editConfigurationFilePut("etc/system.properties", "edu.test.http.port", port),
            systemProperty("edu.test.http.port").value(port),
            // as bin/karaf starts Karaf on Java 9+ (Pax Exam does not): Karaf's spec locator patched into the JDK, so that
            // bundles providing javax.xml and other spec implementations are found as in production
            vmOptions("--add-reads=java.xml=java.logging", "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("karaf.version") + ".jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + System.getProperty("karaf.version") + ".jar"),
            mavenBundle(maven("org.awaitility", "awaitility").versionAsInProject()),
            mavenBundle(maven("org.hamcrest", "hamcrest").versionAsInProject()),
            mavenBundle(maven("com.fasterxml.jackson.core", "jackson-annotations").versionAsInProject()),
            mavenBundle(maven("com.fasterxml.jackson.core", "jackson-core").versionAsInProject()),
            mavenBundle(maven("com.fasterxml.jackson.core", "jackson-databind").versionAsInProject()),
        };
    }

    /** {@link #baseOptions()} plus the folder of the browser tests' driver (playwright-core, installed by the itests build). */
    protected static Option[] browserOptions() {
        Option[] base = baseOptions();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = systemProperty("edu.test.browser.dir").value(System.getProperty("edu.test.browser.dir", ""));
        return all;
    }

    /** The browser tests' folder: the scripts and their driver. */
    protected static File browserDir() {
        return new File(System.getProperty("edu.test.browser.dir", ""));
    }

    /**
     * Runs a browser test script ({@code node <script> <baseUrl> <screenshots> <args…>}) in headless Chromium and fails,
     * with its output, unless it prints that it passed within the time given.
     */
    protected static String runBrowserTest(String script, Duration limit, String... args) throws Exception {
        File dir = browserDir();
        assertTrue("no browser driver in " + dir + " (the itests build runs npm ci there)",
                new File(dir, "node_modules/playwright-core").isDirectory());
        assertTrue("no /usr/bin/chromium: run scripts/install-browser-test-deps.sh", new File("/usr/bin/chromium").canExecute());
        List<String> command = new ArrayList<>(List.of("node", script, baseUrl(),
                new File(dir, "screenshots").getAbsolutePath()));
        command.addAll(List.of(args));
        File log = new File(dir, script.replace(".mjs", ".log"));
        Process p = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).redirectOutput(log).start();
        boolean finished = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertTrue("browser test did not finish: " + output, finished);
        assertEquals(output, 0, p.exitValue());
        assertTrue(output, output.contains("BROWSER TEST PASSED"));
        return output;
    }

    /** The routes bundles contribute to the web shell now (from its view registry); empty while the shell is not there. */
    protected static Set<String> contributedRoutes(BundleContext context) throws Exception {
        return shellRoutes(context, "contributedRoutes");
    }

    /**
     * A set of routes the web shell's view registry reports: {@code contributedRoutes} (by bundles) or
     * {@code vaadinRoutes} (registered in Vaadin); empty while the shell is not there.
     */
    @SuppressWarnings("unchecked")
    protected static Set<String> shellRoutes(BundleContext context, String method) throws Exception {
        ServiceReference<?> ref = context.getServiceReference("kz.digitaledu.platform.web.ViewRegistry");
        if (ref == null) {
            return Set.of();
        }
        Object registry = context.getService(ref);
        try {
            return (Set<String>) registry.getClass().getMethod(method).invoke(registry);
        } finally {
            context.ungetService(ref);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String baseUrl() {
        return "http://localhost:" + System.getProperty("edu.test.http.port");
    }

    protected static void install(FeaturesService features, String name) throws Exception {
        features.installFeature(name, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }

    /** A response: status and parsed JSON body (null when the body is not JSON). */
    protected record Reply(int status, JsonNode json, String body) {
    }

    protected static Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    protected static Reply post(String path, String token, String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** Any method with an optional JSON body, as a bearer-token client. */
    protected static Reply call(String method, String path, String token, String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", language)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    protected static Reply get(String path, String token) {
        return get(path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /**
     * Waits until the demo school has loaded in the background (the health entry {@code schoolDemo} says {@code loaded}); fails
     * at once, with the loader's own account, when it says anything else final ({@code failed} with the error, {@code present}
     * when a half-loaded school was kept by a restart, {@code noSchool}), and on timeout with the step it was at.
     */
    protected static void awaitSchoolDemo(Duration limit) {
        JsonNode[] last = {null};
        try {
            await().atMost(limit).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Reply h = get("/api/health", Map.of());
                last[0] = h.json() == null ? null : h.json().path("components").path("schoolDemo");
                String state = last[0] == null ? "" : last[0].path("state").asText();
                if (state.equals("loaded")) {
                    return true;
                }
                if (!state.isEmpty() && !state.equals("loading")) {
                    throw new IllegalStateException("the demo school did not load: " + last[0]);
                }
                return false;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the demo school did not load within " + limit + ": " + last[0], e);
        }
    }

    /** A bearer token for a demo account. */
    protected static String token(String username, String password) {
        Reply r = post("/api/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", "en");
        if (r.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + r.body());
        }
        return r.json().get("token").asText();
    }

    protected static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException notJson) {
                // leave null
            }
            return new Reply(r.statusCode(), json, r.body());
        } catch (IOException e) {
            return new Reply(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, null, e.toString());
        }
    }
}
