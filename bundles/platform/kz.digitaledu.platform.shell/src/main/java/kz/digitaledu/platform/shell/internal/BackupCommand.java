package kz.digitaledu.platform.shell.internal;

import java.io.File;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import kz.digitaledu.platform.api.AuditService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Online backup of the embedded Derby database while the server runs (SYSCS_BACKUP_DATABASE: a
 * consistent copy, users keep working), then of the attached files (data/files → &lt;backup&gt;/files). For PostgreSQL,
 * use pg_dump and copy data/files.
 */
@Command(scope = "edu", name = "backup", description = "Backs up the embedded Derby database while the server runs")
@Service
public class BackupCommand extends EduCommand {
    @Reference(optional = true)
    org.osgi.service.cm.ConfigurationAdmin configurations;

    @Reference(filter = "(osgi.jndi.service.name=digitaledu)")
    DataSource dataSource;

    @Reference
    AuditService audit;

    @Argument(index = 0, name = "directory", description = "Where to put the backup (default: data/backup/<timestamp>)")
    String directory;

    @Override
    Object run() throws Exception {
        File target = new File(directory != null ? directory
                : System.getProperty("karaf.data", "data") + "/backup/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                System.err.println("Error: the database is " + product + "; back it up with its own tools (pg_dump for PostgreSQL).");
                return null;
            }
            if (!target.mkdirs() && !target.isDirectory()) {
                System.err.println("Error: cannot create " + target);
                return null;
            }
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, target.getAbsolutePath());
                cs.execute();
            }
        }
        // Attached files are written once and never changed: a copy taken after the database's holds every file it refers to.
        int files = DerbyBackups.copyFiles(DerbyBackups.filesFolder(configurations), target.toPath().resolve("files"));
        audit.record("database.backup", "database", null, null, null, target.getAbsolutePath());
        System.out.println("Backup written to " + target.getAbsolutePath() + " (database and " + files + " attached files)");
        return target.getAbsolutePath();
    }
}
