package kz.digitaledu.coding.judge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The threat table: hostile programs are contained, get a proper verdict, and the judge stays healthy. */
class HostileProgramsTest {
    private static JudgeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(2);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.assertClean();
        fx.close();
    }

    @AfterEach
    void stillHealthy() throws Exception {
        assertTrue(fx.engine.health().ready(), "judge healthy after a hostile program");
        fx.assertClean();
    }

    private static void assertAll(JudgeResult r, Verdict v) {
        assertEquals(v, r.verdict(), r::toString);
        assertEquals(3, r.tests().size(), r::toString);
        r.tests().forEach(t -> assertEquals(v, t.verdict(), t::toString));
    }

    @Test
    void forkBombIsSecurityViolation() throws Exception {
        long start = System.nanoTime();
        JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/forkbomb.cpp"));
        assertAll(r, Verdict.SV);
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "contained within the limits");
    }

    @Test
    void pythonForkBombIsSecurityViolation() throws Exception {
        assertAll(fx.judge("aplusb", "python", JudgeFixture.source("hostile/forkbomb.py")), Verdict.SV);
    }

    @Test
    void unlimitedThreadsIsSecurityViolation() throws Exception {
        assertAll(fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/threads.cpp")), Verdict.SV);
    }

    @Test
    void memoryBombIsMemoryLimit() throws Exception {
        JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/memorybomb.cpp"));
        assertAll(r, Verdict.MLE);
        // the cgroup limit is the task's 64 MiB: the peak never goes far beyond
        r.tests().forEach(t -> assertTrue(t.memoryKb() <= 66 * 1024, t::toString));
    }

    @Test
    void infiniteLoopIsTimeLimitOnCpuTime() throws Exception {
        JudgeResult r = fx.judge("aplusb", "python", JudgeFixture.source("hostile/infinite.py"));
        assertAll(r, Verdict.TLE);
        r.tests().forEach(t -> assertTrue(t.timeMs() >= 1000 && t.timeMs() < 1500, t::toString));
    }

    @Test
    void sleepingPastWallLimitIsTimeLimit() throws Exception {
        JudgeResult r = fx.judge("aplusb", "python", JudgeFixture.source("hostile/sleep.py"));
        assertAll(r, Verdict.TLE);
        // wall limit = 2 x 1 s + 1 s; the sleep(60) is killed then, having used almost no CPU
        r.tests().forEach(t -> assertTrue(t.wallMs() >= 3000 && t.wallMs() < 6000 && t.timeMs() < 500, t::toString));
    }

    @Test
    void hugeOutputIsOutputLimit() throws Exception {
        assertAll(fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/output.cpp")), Verdict.OLE);
    }

    @Test
    void noNetwork() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            server.setSoTimeout(200);
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        accepted.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // poll again
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            // the same connection from outside the sandbox does work (so the assertion below can fail)
            try (Socket probe = new Socket("127.0.0.1", server.getLocalPort())) {
                await().atMost(Duration.ofSeconds(5)).until(() -> accepted.get() == 1);
            }
            String src = JudgeFixture.source("hostile/network.py").replace("PORT", Integer.toString(server.getLocalPort()));
            JudgeResult r = fx.judge("aplusb", "python", src);
            assertAll(r, Verdict.AC);
            assertEquals(1, accepted.get(), "no connection from the sandbox");
        }
    }

    @Test
    void cannotReadSystemFilesAnswersOrOtherSubmissions() throws Exception {
        Task task = fx.task("aplusb");
        String src = JudgeFixture.source("hostile/secrets.py")
                .replace("ANSWER_FILE", task.tests().get(1).answer().toString())
                .replace("TASK_DIR", task.dir().toString())
                .replace("WORK_ROOT", fx.workRoot.toString());
        assertTrue(Files.isReadable(task.tests().get(1).answer()), "the answer exists on the host");
        JudgeResult r = fx.engine.judge(task, Submission.of("python", src));
        assertAll(r, Verdict.AC);
    }

    @Test
    void cannotWriteOutsideItsSandbox() throws Exception {
        Task task = fx.task("aplusb");
        String src = JudgeFixture.source("hostile/write.py")
                .replace("TASK_DIR", task.dir().toString())
                .replace("WORK_ROOT", fx.workRoot.toString());
        JudgeResult r = fx.engine.judge(task, Submission.of("python", src));
        assertAll(r, Verdict.AC);
        assertFalse(Files.exists(task.dir().resolve("evil.txt")));
        assertFalse(Files.exists(fx.workRoot.resolve("evil.txt")));
        assertFalse(Files.exists(Path.of("/evil.txt")));
        assertFalse(Files.exists(Path.of("/usr/evil.txt")));
        assertFalse(Files.exists(Path.of("/etc/evil.txt")));
    }

    @Test
    void cannotKillOtherProcesses() throws Exception {
        Process canary = new ProcessBuilder("sleep", "120").start();
        try {
            JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/killall.cpp"));
            assertAll(r, Verdict.AC);
            assertTrue(canary.isAlive(), "a host process survives kill(-1, SIGKILL) from the sandbox");
        } finally {
            canary.destroyForcibly();
        }
    }

    @Test
    void dangerousSyscallsAreDenied() throws Exception {
        // without the seccomp filter keyctl and ptrace(TRACEME) succeed and the program prints LEAK (WA)
        JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/syscalls.cpp"));
        assertAll(r, Verdict.AC);
    }

    @Test
    void includeDevRandomIsCompileErrorWithinLimits() throws Exception {
        long start = System.nanoTime();
        JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/devrandom.cpp"));
        assertEquals(Verdict.CE, r.verdict(), r::toString);
        assertTrue(r.compileLimit() == MessageKey.COMPILE_MEMORY_LIMIT || r.compileLimit() == MessageKey.COMPILE_TIME_LIMIT, r::toString);
        assertTrue(System.nanoTime() - start < 15_000_000_000L);
    }

    @Test
    void templateExplosionIsCompileErrorWithinLimits() throws Exception {
        long start = System.nanoTime();
        JudgeResult r = fx.judge("aplusb", "cpp", JudgeFixture.source("hostile/templates.cpp"));
        assertEquals(Verdict.CE, r.verdict(), r::toString);
        assertTrue(r.compileLimit() == MessageKey.COMPILE_MEMORY_LIMIT || r.compileLimit() == MessageKey.COMPILE_TIME_LIMIT, r::toString);
        assertFalse(r.compileMessage().isBlank());
        assertTrue(System.nanoTime() - start < 15_000_000_000L);
    }
}
