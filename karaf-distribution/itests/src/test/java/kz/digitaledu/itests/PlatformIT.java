package kz.digitaledu.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The platform feature installs into a running Karaf and serves its REST API. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends KarafTestSupport {

    @Inject
    FeaturesService features;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Test
    public void platformFeatureInstallsLiveAndAnswersHealthAndJsonErrors() throws Exception {
        assertEquals("no platform before install", -1, get("/api/health", Map.of()).status());
        install(features, "digitaledu-platform");
        assertTrue(features.isInstalled(features.getFeature("digitaledu-platform")));
        for (String bsn : new String[] {"kz.digitaledu.platform.api", "kz.digitaledu.platform.core", "kz.digitaledu.platform.rest"}) {
            Bundle b = find(bsn);
            assertEquals(bsn + " active", Bundle.ACTIVE, b.getState());
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/health", Map.of()).status() == 200);
        Reply health = get("/api/health", Map.of());
        assertEquals("UP", health.json().get("status").asText());

        Reply missing = get("/api/no-such-thing", Map.of("Accept-Language", "kk"));
        assertEquals(404, missing.status());
        assertEquals("unknown_path", missing.json().get("code").asText());
        assertEquals("Мұндай мекенжай жоқ.", missing.json().get("message").asText());

        Reply wrongMethod = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/health"))
                .header("Accept-Language", "ru").DELETE().build());
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.json().get("code").asText());
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
