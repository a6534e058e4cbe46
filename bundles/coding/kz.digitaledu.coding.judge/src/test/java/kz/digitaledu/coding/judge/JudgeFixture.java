package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import kz.digitaledu.coding.judge.internal.JudgeConfig;
import kz.digitaledu.coding.judge.internal.JudgeEngine;

/** Shared set-up of tests that judge for real: a real engine (bubblewrap + cgroup v1 here), small limits. */
final class JudgeFixture implements AutoCloseable {
    static final String CGROUP_PARENT = "digitaledu-judge-test";
    final Path workRoot;
    final JudgeEngine engine;

    JudgeFixture(int parallelism) throws IOException, JudgeException {
        this(parallelism, false);
    }

    /** @param warm build the precompiled header / javac archive (costs CPU, so off for most tests) */
    JudgeFixture(int parallelism, boolean warm) throws IOException, JudgeException {
        workRoot = Files.createTempDirectory("judge-test-work");
        JudgeConfig cfg = JudgeConfig.defaults().withWorkRoot(workRoot).withParallelism(parallelism)
                .withCompileLimits(4000, 8000, 384).withCgroupParent(CGROUP_PARENT).withPrepare(warm);
        engine = new JudgeEngine(cfg);
        assertTrue(engine.health().ready(), () -> "judge not ready: " + engine.health());
    }

    static Path resource(String path) {
        try {
            return Path.of(JudgeFixture.class.getResource("/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + path, e);
        }
    }

    static String source(String path) throws IOException {
        return Files.readString(resource("solutions/" + path), StandardCharsets.UTF_8);
    }

    Task task(String name) throws JudgeException {
        return engine.loadTask(resource("tasks/" + name));
    }

    JudgeResult judge(String task, String lang, String source) throws JudgeException {
        return engine.judge(task(task), Submission.of(lang, source));
    }

    /** Nothing may be left behind: no work directories, no cgroups (except the running javac worker's). */
    void assertClean() throws IOException {
        assertClean(false);
    }

    private void assertClean(boolean closed) throws IOException {
        try (Stream<Path> s = Files.list(workRoot)) {
            List<Path> left = s.filter(p -> p.getFileName().toString().startsWith("sub-")).toList();
            assertEquals(List.of(), left, "work directories left behind");
        }
        for (String c : List.of("memory", "pids", "cpuacct")) {
            Path parent = Path.of("/sys/fs/cgroup", c, CGROUP_PARENT);
            if (Files.isDirectory(parent)) {
                try (Stream<Path> s = Files.list(parent)) {
                    assertEquals(List.of(), s.filter(Files::isDirectory).filter(p -> closed || !p.getFileName().toString().startsWith("svc-")).toList(),
                            "cgroups left behind in " + parent);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        engine.close();
        try {
            assertClean(true);
        } finally {
            try (Stream<Path> s = Files.walk(workRoot)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
