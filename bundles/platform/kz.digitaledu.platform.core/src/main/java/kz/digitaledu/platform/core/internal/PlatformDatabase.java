package kz.digitaledu.platform.core.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.api.SchemaMigrator;
import kz.digitaledu.platform.core.internal.persistence.SqlMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared DataSource ({@code osgi.jndi.service.name=digitaledu}, from pax-jdbc-config): migrates the
 * platform's schema on start, offers migrations to components, and reports the database in
 * {@code /api/health}.
 */
@Component(service = {SchemaMigrator.class, HealthContributor.class, PlatformSchema.class}, immediate = true)
public class PlatformDatabase implements SchemaMigrator, HealthContributor, PlatformSchema {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformDatabase.class);

    private final DataSource dataSource;
    private final SqlMigrations migrations;

    @Activate
    public PlatformDatabase(@Reference(target = "(osgi.jndi.service.name=digitaledu)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.migrations = new SqlMigrations(dataSource);
        int ran = migrations.migrate("platform", getClass().getClassLoader());
        LOG.info("Platform schema ready ({} migration(s) applied now)", ran);
    }

    @Override
    public int migrate(String component, ClassLoader loader) {
        return migrations.migrate(component, loader);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Health health() {
        Map<String, Object> d = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            d.put("product", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion());
            boolean valid = c.isValid(5);
            return valid ? Health.up(d) : Health.down(d);
        } catch (SQLException e) {
            d.put("error", e.getMessage());
            return Health.down(d);
        }
    }
}
