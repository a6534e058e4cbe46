package kz.digitaledu.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.FileService.StoredFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileServiceTest {
    private final TestPlatform p = new TestPlatform().withDemoData();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        p.close();
    }

    private FileServiceImpl files(long maxBytes) {
        return new FileServiceImpl(p.jpa, p.currentUser, p.audit, dir, maxBytes);
    }

    private long school(EduPrincipal as) {
        return p.as(as, () -> p.organisations.list()).stream().filter(o -> o.code().equals("school-25")).findFirst().orElseThrow().id();
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadIsStoredWithItsDigestReadBackAndDeleted() throws Exception {
        EduPrincipal teacher = p.login("teacher", "Teacher-2026!");
        FileServiceImpl files = files(1024 * 1024);
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        StoredFile stored = p.as(teacher, () -> files.store("C:\\Users\\Әйгерім\\Үй тапсырмасы 5.pdf", new ByteArrayInputStream(pdf), school(teacher)));
        assertEquals("Үй тапсырмасы 5.pdf", stored.name(), "the path of the pupil's computer is not kept");
        assertEquals("application/pdf", stored.contentType());
        assertEquals(pdf.length, stored.size());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)), stored.sha256());
        assertEquals(teacher.accountId(), stored.ownerAccountId());
        try (InputStream in = files.open(stored.id())) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals(stored, files.find(stored.id()).orElseThrow());
        assertEquals(1, storedFiles());

        EduPrincipal director = p.login("director", "Director-2026!");
        List<kz.digitaledu.platform.api.AuditEntry> audit = p.as(director, () -> p.audit.find(new AuditQuery("teacher", "file.store", null, null, null, 0, 10)));
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).after().contains(stored.sha256()));

        p.as(teacher, () -> {
            files.delete(stored.id());
            return null;
        });
        assertTrue(files.find(stored.id()).isEmpty());
        assertEquals(404, assertThrows(EduException.class, () -> files.open(stored.id())).status());
        assertEquals(0, storedFiles());
        assertEquals(404, assertThrows(EduException.class, () -> p.as(teacher, () -> {
            files.delete(stored.id());
            return null;
        })).status());
    }

    @Test
    void refusedUploadsLeaveNoFileAndNoRowAndSayWhyInEveryLanguage() throws Exception {
        EduPrincipal teacher = p.login("teacher", "Teacher-2026!");
        FileServiceImpl files = files(1024);
        long org = school(teacher);
        long rows = p.count("FileEntity");
        record Case(String name, byte[] content, String key) {
        }
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        for (Case c : List.of(
                new Case("virus.pdf", elf, "validation.file_type"),
                new Case("program.exe", "MZ".getBytes(StandardCharsets.US_ASCII), "validation.file_type"),
                new Case("no-extension", "hello".getBytes(StandardCharsets.UTF_8), "validation.file_type"),
                new Case("binary.txt", new byte[] {'a', 0, 'b'}, "validation.file_type"),
                new Case("photo.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "validation.file_type"),
                new Case("empty.txt", new byte[0], "validation.file_empty"),
                new Case("big.txt", "x".repeat(1025).getBytes(StandardCharsets.US_ASCII), "validation.file_too_large"),
                new Case("../", "x".getBytes(StandardCharsets.US_ASCII), "validation.file_name"))) {
            EduException e = assertThrows(EduException.class, () -> p.as(teacher, () -> files.store(c.name(), new ByteArrayInputStream(c.content()), org)), c.name());
            assertEquals(422, e.status(), c.name());
            assertEquals("file", e.fieldErrors().get(0).field(), c.name());
            assertEquals(c.key(), e.fieldErrors().get(0).messageKey(), c.name());
        }
        assertEquals(rows, p.count("FileEntity"));
        assertEquals(0, storedFiles(), "nothing left on disk, not even in incoming/");
        assertEquals(422, assertThrows(EduException.class, () -> p.as(teacher, () -> files.store("a.txt", bytes("a"), 999_999))).status());
        assertEquals(401, assertThrows(EduException.class, () -> files.store("a.txt", bytes("a"), org)).status(), "someone must be signed in");
        StoredFile text = p.as(teacher, () -> files.store("Тақырып.txt", bytes("Сабақтың тақырыбы: бөлшектер"), org));
        assertEquals("text/plain; charset=UTF-8", text.contentType());
    }

    @Test
    void namesAreCleanedOfPathsAndControlCharactersAndKeptShortWithTheirExtension() {
        assertEquals("report.pdf", FileServiceImpl.cleanName("/home/x/../report.pdf"));
        assertEquals("report.pdf", FileServiceImpl.cleanName("re\u0007port\n.pdf"));
        assertEquals("evil.pdf", FileServiceImpl.cleanName("evil\u202E.pdf"));
        assertNull(FileServiceImpl.cleanName("  "));
        assertNull(FileServiceImpl.cleanName("C:\\dir\\"));
        String longName = FileServiceImpl.cleanName("a".repeat(300) + ".docx");
        assertEquals(255, longName.length());
        assertTrue(longName.endsWith(".docx"));
    }

    @Test
    void uploadsCutOffByACrashAreRemovedAtTheNextStart() throws Exception {
        Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(dir.resolve("incoming/half"), "half an upload");
        files(1024).removeUnfinishedUploads();
        assertEquals(0, storedFiles());
    }
}
