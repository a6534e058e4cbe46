package kz.digitaledu.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every platform service test again, on a real PostgreSQL server: the one that {@code scripts/test.sh}
 * starts and names in {@code EDU_TEST_POSTGRES_URL}. Each test gets a database of its own. Under CI the
 * server must be there; on a developer machine without it the tests are skipped.
 */
class PostgresPlatformServicesTest extends PlatformServicesTest {

    @Override
    TestPlatform newPlatform() {
        String adminUrl = System.getenv("EDU_TEST_POSTGRES_URL");
        if ("true".equals(System.getenv("CI"))) {
            assertNotNull(adminUrl, "CI must run the PostgreSQL tests: start it with scripts/test.sh");
        }
        assumeTrue(adminUrl != null, "no EDU_TEST_POSTGRES_URL: run scripts/test.sh for the PostgreSQL tests");
        String db = "edu_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(adminUrl);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl, e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(adminUrl.replaceFirst("/postgres(\\?|$)", "/" + db + "$1"));
        return new TestPlatform(ds);
    }
}
