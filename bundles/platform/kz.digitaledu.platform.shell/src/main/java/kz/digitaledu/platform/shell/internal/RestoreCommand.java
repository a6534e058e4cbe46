package kz.digitaledu.platform.shell.internal;

import java.io.File;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import javax.sql.DataSource;
import kz.digitaledu.platform.api.AuditService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Restores the embedded Derby database from a backup made by {@code edu:backup}, while the server runs.
 *
 * <p>The backup is checked first; then the current database is itself backed up (so a wrong restore can be
 * undone with another {@code edu:restore}), the shared DataSource is withdrawn (every component that uses the
 * database stops, signed-in users are signed out), Derby shuts the database down and boots it again from the
 * backup ({@code restoreFrom}), and the DataSource comes back: the components start again and migrate the
 * restored schema forward if the backup is older than the code. The restore is audited in the restored database.
 *
 * <p>This command deliberately holds no reference to the DataSource or to services that use the database: those
 * go away during the restore, and a command with such references would be withdrawn from the console with them.
 */
@Command(scope = "edu", name = "restore",
        description = "Replaces the embedded Derby database with a backup made by edu:backup, while the server runs")
@Service
public class RestoreCommand extends EduCommand {
    @Reference(optional = true)
    org.osgi.service.cm.ConfigurationAdmin configurations;

    static final String DATASOURCE_FILTER = "(osgi.jndi.service.name=digitaledu)";
    static final String POOL_CONFIG_BUNDLE = "org.ops4j.pax.jdbc.config";

    @Reference
    BundleContext bundleContext;

    @Argument(index = 0, name = "backup", required = true,
            description = "The folder edu:backup wrote (or the database folder inside it)")
    String backup;

    @Option(name = "--yes", description = "Confirms that the current database is to be replaced")
    boolean yes;

    @Option(name = "--timeout", description = "Seconds to wait for the components to come back (default 120)")
    int timeoutSeconds = 120;

    /** Services this run took from the registry; given back when it ends. */
    private final java.util.List<ServiceReference<?>> used = new java.util.ArrayList<>();

    @Override
    Object run() throws Exception {
        try {
            return restore();
        } finally {
            used.forEach(bundleContext::ungetService);
        }
    }

    private Object restore() throws Exception {
        File source;
        try {
            source = DerbyBackups.databaseFolder(new File(backup));
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            return null;
        }
        String databasePath;
        try (Connection c = dataSource(Duration.ZERO).getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                System.err.println("Error: the database is " + product + "; restore it with its own tools (pg_restore for PostgreSQL).");
                return null;
            }
            try {
                databasePath = DerbyBackups.databasePath(c.getMetaData().getURL());
            } catch (IllegalArgumentException e) {
                System.err.println("Error: " + e.getMessage());
                return null;
            }
        }
        if (!yes) {
            System.out.println("This replaces the database " + databasePath + " with the backup " + source
                    + ". Every component stops for a moment and signed-in users must sign in again."
                    + " Run again with --yes to go ahead.");
            return null;
        }
        String safety = System.getProperty("karaf.data", "data") + "/backup/before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try (Connection c = dataSource(Duration.ZERO).getConnection();
                var cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            cs.setString(1, new File(safety).getAbsolutePath());
            cs.execute();
        }
        java.nio.file.Path files = DerbyBackups.filesFolder(configurations);
        java.nio.file.Path backupFiles = source.toPath().getParent().resolve("files");
        DerbyBackups.copyFiles(files, java.nio.file.Path.of(safety, "files"));
        System.out.println("The current database and files were backed up to " + new File(safety).getAbsolutePath());

        Bundle pool = bundle(POOL_CONFIG_BUNDLE);
        Driver derby = derbyDriver();
        pool.stop(Bundle.STOP_TRANSIENT);
        boolean restored = false;
        int restoredFiles = 0;
        try {
            shutdown(derby, databasePath);
            try (Connection c = derby.connect("jdbc:derby:" + databasePath + ";restoreFrom=" + source.getAbsolutePath(), new Properties())) {
                restored = c != null;
            }
            shutdown(derby, databasePath);
            if (restored) {
                // The attached files of the backup replace the current ones (a backup from before files existed has none).
                DerbyBackups.deleteTree(files);
                restoredFiles = DerbyBackups.copyFiles(backupFiles, files);
            }
        } finally {
            // Whatever happened, the DataSource comes back: on the restored database, or on the untouched one.
            pool.start(Bundle.START_TRANSIENT);
        }
        if (!restored) {
            System.err.println("Error: Derby did not restore " + source);
            return null;
        }
        AuditService audit = service(AuditService.class, null, Duration.ofSeconds(timeoutSeconds));
        if (audit == null) {
            System.err.println("Error: the database was restored from " + source + " but the platform did not come back within "
                    + timeoutSeconds + " s; see the log");
            return null;
        }
        audit.record("database.restore", "database", null, null, new File(safety).getAbsolutePath(), source.getAbsolutePath());
        System.out.println("Database restored from " + source.getAbsolutePath() + " with " + restoredFiles + " attached files");
        return source.getAbsolutePath();
    }

    private DataSource dataSource(Duration wait) {
        DataSource ds = service(DataSource.class, DATASOURCE_FILTER, wait);
        if (ds == null) {
            throw new IllegalStateException("The DataSource " + DATASOURCE_FILTER + " is not available");
        }
        return ds;
    }

    private Driver derbyDriver() throws SQLException {
        DataSourceFactory factory = service(DataSourceFactory.class, "(osgi.jdbc.driver.name=derby)", Duration.ZERO);
        if (factory == null) {
            throw new IllegalStateException("Derby's DataSourceFactory is not available");
        }
        return factory.createDriver(null);
    }

    /** Shuts one Derby database down; Derby reports success as SQLState 08006. */
    private static void shutdown(Driver derby, String databasePath) throws SQLException {
        try (Connection c = derby.connect("jdbc:derby:" + databasePath + ";shutdown=true", new Properties())) {
            throw new SQLException("Derby did not shut " + databasePath + " down");
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) { // XJ004: was not booted
                throw e;
            }
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new IllegalStateException("Bundle " + symbolicName + " is not installed");
    }

    /** The service, waiting up to {@code wait} for it to appear. */
    private <T> T service(Class<T> type, String filter, Duration wait) {
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker;
        try {
            tracker = new ServiceTracker<>(bundleContext,
                    bundleContext.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        tracker.open();
        try {
            if (!wait.isZero()) {
                tracker.waitForService(wait.toMillis());
            }
            ServiceReference<T> ref = tracker.getServiceReference();
            T service = ref == null ? null : bundleContext.getService(ref);
            if (service != null) {
                used.add(ref);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            tracker.close();
        }
    }
}
