package kz.digitaledu.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyBackupsTest {
    @TempDir
    Path dir;

    private File database(Path at) throws IOException {
        Files.createDirectories(at.resolve("seg0"));
        Files.createDirectories(at.resolve("log"));
        Files.writeString(at.resolve("service.properties"), "derby");
        return at.toFile().getAbsoluteFile();
    }

    @Test
    void theBackupFolderOrTheDatabaseInsideItIsAccepted() throws IOException {
        File db = database(dir.resolve("backup/digitaledu"));
        assertEquals(db, DerbyBackups.databaseFolder(dir.resolve("backup").toFile()));
        assertEquals(db, DerbyBackups.databaseFolder(db));
    }

    @Test
    void foldersThatHoldNoCompleteDatabaseAreRefusedWithTheReason() throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DerbyBackups.databaseFolder(dir.resolve("nowhere").toFile()));
        assertTrue(missing.getMessage().contains("is not a folder"), missing.getMessage());

        Files.createDirectories(dir.resolve("half/digitaledu/seg0"));
        Files.writeString(dir.resolve("half/digitaledu/service.properties"), "derby");
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class,
                () -> DerbyBackups.databaseFolder(dir.resolve("half").toFile()));
        assertTrue(half.getMessage().contains("holds no Derby backup"), half.getMessage());

        database(dir.resolve("two/a"));
        database(dir.resolve("two/b"));
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> DerbyBackups.databaseFolder(dir.resolve("two").toFile()));
        assertTrue(two.getMessage().contains("several"), two.getMessage());
    }

    @Test
    void theLiveDatabaseFolderComesFromTheConnectionUrl() {
        assertEquals("/srv/data/derby/digitaledu", DerbyBackups.databasePath("jdbc:derby:/srv/data/derby/digitaledu;create=true"));
        assertEquals("/srv/db", DerbyBackups.databasePath("jdbc:derby:directory:/srv/db"));
        assertEquals("/srv/db", DerbyBackups.databasePath("jdbc:derby:/srv/db"));
        assertThrows(IllegalArgumentException.class, () -> DerbyBackups.databasePath("jdbc:derby:memory:x"));
        assertThrows(IllegalArgumentException.class, () -> DerbyBackups.databasePath("jdbc:derby://host:1527/x"));
        assertThrows(IllegalArgumentException.class, () -> DerbyBackups.databasePath("jdbc:postgresql://h/x"));
    }

    @Test
    void attachedFilesAreCopiedWithoutUnfinishedUploadsAndTreesDeleted() throws IOException {
        Path files = dir.resolve("files");
        Files.createDirectories(files.resolve("ab"));
        Files.createDirectories(files.resolve("incoming"));
        Files.writeString(files.resolve("ab/abc"), "worksheet");
        Files.writeString(files.resolve("incoming/half"), "half an upload");
        Path copy = dir.resolve("backup/files");
        assertEquals(1, DerbyBackups.copyFiles(files, copy));
        assertEquals("worksheet", Files.readString(copy.resolve("ab/abc")));
        assertTrue(Files.notExists(copy.resolve("incoming")));
        assertEquals(0, DerbyBackups.copyFiles(dir.resolve("none"), dir.resolve("x")));
        DerbyBackups.deleteTree(files);
        assertTrue(Files.notExists(files));
        DerbyBackups.deleteTree(files);
    }

    @Test
    void theFilesFolderIsTheConfiguredOneElseDataFiles() {
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("directory", dir.resolve("elsewhere").toString());
        org.osgi.service.cm.Configuration config = (org.osgi.service.cm.Configuration) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.osgi.service.cm.Configuration.class},
                (proxy, method, args) -> method.getName().equals("getProperties") ? props : null);
        java.util.function.Function<org.osgi.service.cm.Configuration[], org.osgi.service.cm.ConfigurationAdmin> admin = found ->
                (org.osgi.service.cm.ConfigurationAdmin) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.osgi.service.cm.ConfigurationAdmin.class},
                        (proxy, method, args) -> method.getName().equals("listConfigurations") ? found : null);
        assertEquals(dir.resolve("elsewhere"), DerbyBackups.filesFolder(admin.apply(new org.osgi.service.cm.Configuration[] {config})));
        Path data = Path.of(System.getProperty("karaf.data", "data"), "files");
        assertEquals(data, DerbyBackups.filesFolder(admin.apply(null)), "no configuration");
        assertEquals(data, DerbyBackups.filesFolder(null), "no ConfigurationAdmin");
        props.put("directory", "  ");
        assertEquals(data, DerbyBackups.filesFolder(admin.apply(new org.osgi.service.cm.Configuration[] {config})), "blank");
    }
}
