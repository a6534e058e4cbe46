package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.digitaledu.coding.judge.internal.JudgeConfig;
import kz.digitaledu.coding.judge.internal.JudgeEngine;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupDetector;

class BadInputAndRefusalTest {
    private static JudgeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(2);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static MessageKey rejected(Submission s) throws Exception {
        Task task = fx.task("aplusb");
        JudgeException e = assertThrows(JudgeException.class, () -> fx.engine.judge(task, s));
        fx.assertClean();
        assertFalse(e.getMessage(Locale.forLanguageTag("ru")).equals(e.key().key()), "translated");
        return e.key();
    }

    @Test
    void emptySource() throws Exception {
        assertEquals(MessageKey.SOURCE_EMPTY, rejected(Submission.of("python", "")));
        assertEquals(MessageKey.SOURCE_EMPTY, rejected(Submission.of("cpp", " \n\t\n")));
    }

    @Test
    void oversizedSource() throws Exception {
        assertEquals(MessageKey.SOURCE_TOO_LARGE, rejected(Submission.of("python", "#" + "x".repeat(70_000) + "\nprint(1)\n")));
    }

    @Test
    void binarySource() throws Exception {
        assertEquals(MessageKey.SOURCE_BINARY, rejected(new Submission("cpp", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0})));
        assertEquals(MessageKey.SOURCE_BINARY, rejected(new Submission("python", new byte[] {'p', 'r', (byte) 0xff, (byte) 0xfe})));
    }

    @Test
    void unknownLanguage() throws Exception {
        assertEquals(MessageKey.LANGUAGE_UNKNOWN, rejected(Submission.of("cobol", "DISPLAY 'HI'.")));
    }

    @Test
    void utf8SourceIsAccepted() throws Exception {
        JudgeResult r = fx.judge("aplusb", "python", "# Сәлем, әлем!\na, b = map(int, input().split())\nprint(a + b)\n");
        assertEquals(Verdict.AC, r.verdict(), r::toString);
    }

    @Test
    void refusesToJudgeWithoutCgroups(@TempDir Path dir) throws Exception {
        JudgeConfig cfg = JudgeConfig.defaults().withWorkRoot(dir.resolve("work"));
        try (JudgeEngine engine = new JudgeEngine(cfg, new CgroupDetector.Detection(null, "none", "no controllers"))) {
            JudgeHealth h = engine.health();
            assertFalse(h.ready());
            assertEquals("none", h.cgroupMode());
            assertEquals(MessageKey.SANDBOX_UNAVAILABLE, h.messageKey());
            Task task = engine.loadTask(JudgeFixture.resource("tasks/aplusb"));
            JudgeException e = assertThrows(JudgeException.class,
                    () -> engine.judge(task, Submission.of("python", "print(3)\n")));
            assertEquals(MessageKey.SANDBOX_UNAVAILABLE, e.key());
            try (var s = Files.list(dir.resolve("work"))) {
                // only the engine's own seccomp filter file; no submission directory
                assertEquals(java.util.List.of(), s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("seccomp")).toList(),
                        "nothing was run or stored");
            }
        }
    }

    @Test
    void refusesToJudgeWithoutBubblewrap(@TempDir Path dir) throws Exception {
        JudgeConfig d = JudgeConfig.defaults();
        JudgeConfig cfg = new JudgeConfig(dir.resolve("work"), 2, null, d.compileCpuMs(), d.compileWallMs(), d.compileMemoryMb(), d.compilePids(),
                d.compileOutputBytes(), d.maxSourceBytes(), d.uidBase(), d.uidCount(), d.mountsFile(), JudgeFixture.CGROUP_PARENT,
                "/nonexistent/bwrap", d.setpriv(), d.pollMs(), false, false);
        try (JudgeEngine engine = new JudgeEngine(cfg)) {
            JudgeHealth h = engine.health();
            assertFalse(h.ready());
            assertEquals(MessageKey.SANDBOX_BWRAP_MISSING, h.messageKey(), h::toString);
            Task task = engine.loadTask(JudgeFixture.resource("tasks/aplusb"));
            JudgeException e = assertThrows(JudgeException.class, () -> engine.judge(task, Submission.of("python", "print(3)\n")));
            assertEquals(MessageKey.SANDBOX_BWRAP_MISSING, e.key());
            assertTrue(e.getMessage(Locale.forLanguageTag("kk")).contains("bubblewrap"));
        }
    }

    @Test
    void healthReportsV1Here() {
        JudgeHealth h = fx.engine.health();
        assertTrue(h.ready(), h::toString);
        assertEquals("v1", h.cgroupMode());
        assertTrue(h.bwrap().startsWith("bubblewrap"), h.bwrap());
        assertEquals(MessageKey.HEALTH_READY, h.messageKey());
        assertTrue(h.detail().contains("seccomp deny list"), h.detail());
        assertTrue(h.languages().containsAll(java.util.List.of("python", "cpp", "java", "pascal")));
    }

    @Test
    void sourceBytesAreKeptVerbatim() {
        byte[] b = "print(1)".getBytes(StandardCharsets.UTF_8);
        Submission s = new Submission("python", b);
        b[0] = 'X';
        assertEquals('p', s.source()[0]);
    }
}
