package kz.digitaledu.coding.judge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.LanguageConfig;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.TestCase;
import kz.digitaledu.coding.judge.Verdict;
import kz.digitaledu.coding.judge.internal.check.TextChecker;

/**
 * Latency benchmark: per language, submission-to-full-verdict latency (p50/p95) at 1 and 4 concurrent
 * submitters, sandboxed (the real engine) against bare (same compile and run commands, no sandbox, no
 * limits, same parallel test execution), plus the fixed cost of one sandboxed run. Writes Markdown.
 *
 * <pre>bin/judge --benchmark --task DIR --solutions DIR [--runs N] [--out FILE]</pre>
 * The solutions directory holds ok.py, ok.cpp, Main.java (or ok.java) and ok.pas solving the task.
 */
public final class JudgeBenchmark {
    private final JudgeEngine engine;
    private java.util.Set<String> langs;

    public JudgeBenchmark(JudgeEngine engine) {
        this.engine = engine;
    }

    private static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int idx = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    private interface Submitter {
        long submit(LanguageConfig lang, String source) throws Exception;
    }

    public String run(Task task, Path solutions, int runs) throws Exception {
        Map<String, String> files = Map.of("python", "ok.py", "cpp", "ok.cpp", "java", "ok.java", "pascal", "ok.pas");
        StringBuilder md = new StringBuilder();
        md.append("| Language | Mode | Concurrent submitters | Submissions | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|---|\n");
        Map<String, long[]> p95 = new LinkedHashMap<>();
        for (LanguageConfig lang : engine.languages()) {
            String file = files.get(lang.id());
            if (file == null || !Files.exists(solutions.resolve(file)) || (langs != null && !langs.contains(lang.id()))) {
                continue;
            }
            String source = Files.readString(solutions.resolve(file), StandardCharsets.UTF_8);
            // warm-up (page cache, JIT of the judge itself)
            sandboxed(task, lang, source);
            bare(task, lang, source);
            for (int conc : new int[] {1, 4}) {
                // sandboxed and bare in alternating batches of `conc` simultaneous submissions, so that load from
                // other processes on the machine affects both modes alike
                List<Long> sandboxedLat = new ArrayList<>();
                List<Long> bareLat = new ArrayList<>();
                for (int done = 0; done < runs; done += conc) {
                    sandboxedLat.addAll(measure((l, src) -> sandboxed(task, l, src), lang, source, conc, conc));
                    bareLat.addAll(measure((l, src) -> bare(task, l, src), lang, source, conc, conc));
                }
                Collections.sort(sandboxedLat);
                Collections.sort(bareLat);
                for (String mode : new String[] {"sandboxed", "bare"}) {
                    List<Long> lat = mode.equals("bare") ? bareLat : sandboxedLat;
                    md.append(String.format("| %s | %s | %d | %d | %d | %d | %d |%n", lang.id(), mode, conc, lat.size(), pct(lat, 0.5), pct(lat, 0.95),
                            lat.get(lat.size() - 1)));
                    p95.computeIfAbsent(lang.id() + "@" + conc, k -> new long[4])[mode.equals("bare") ? 1 : 0] = pct(lat, 0.5);
                    p95.get(lang.id() + "@" + conc)[mode.equals("bare") ? 3 : 2] = pct(lat, 0.95);
                }
            }
        }
        md.append("\nSandbox overhead per submission (sandboxed / bare − 1):\n\n| Language@submitters | at p50 | at p95 | p50 extra ms |\n|---|---|---|---|\n");
        for (Map.Entry<String, long[]> e : p95.entrySet()) {
            long[] v = e.getValue();
            md.append(String.format("| %s | %+.0f%% | %+.0f%% | %d |%n", e.getKey(), 100.0 * v[0] / Math.max(1, v[1]) - 100,
                    100.0 * v[2] / Math.max(1, v[3]) - 100, v[0] - v[1]));
        }
        long[] costs = engine.sandboxStartCosts(40);
        Arrays.sort(costs);
        long[] bareCosts = new long[40];
        for (int i = 0; i < bareCosts.length; i++) {
            long t0 = System.nanoTime();
            new ProcessBuilder("/bin/true").start().waitFor();
            bareCosts[i] = (System.nanoTime() - t0) / 1000;
        }
        Arrays.sort(bareCosts);
        md.append(String.format("%nFixed cost of one run of /bin/true (40 runs, median / p95): sandboxed (cgroup create + setpriv + bwrap, all namespaces, cgroup removal) "
                + "%.1f / %.1f ms; bare fork/exec from the JVM %.1f / %.1f ms.%n", costs[20] / 1000.0, costs[37] / 1000.0, bareCosts[20] / 1000.0, bareCosts[37] / 1000.0));
        return md.toString();
    }

    private static List<Long> measure(Submitter s, LanguageConfig lang, String source, int conc, int runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(conc);
        try {
            List<Future<Long>> fs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                fs.add(pool.submit(() -> s.submit(lang, source)));
            }
            List<Long> out = new ArrayList<>();
            for (Future<Long> f : fs) {
                out.add(f.get());
            }
            Collections.sort(out);
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private long sandboxed(Task task, LanguageConfig lang, String source) throws JudgeException {
        long t0 = System.nanoTime();
        JudgeResult r = engine.judge(task, Submission.of(lang.id(), source));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.verdict() != Verdict.AC) {
            throw new IllegalStateException("benchmark solution not accepted (" + lang.id() + "): " + r);
        }
        return ms;
    }

    /** Same compile and run commands, no sandbox and no limits; tests in parallel on the same number of threads. */
    private final ExecutorService barePool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bare");
        t.setDaemon(true);
        return t;
    });

    private long bare(Task task, LanguageConfig lang, String source) throws Exception {
        long t0 = System.nanoTime();
        Path dir = Files.createTempDirectory("judge-bare-");
        try {
            Files.writeString(dir.resolve(lang.sourceFile()), source);
            List<String> compile = lang.compile();
            Path warm = engine.preparedDir(lang.id());
            if (warm != null && !lang.preparedCompile().isEmpty()) {
                // the same warm artefacts as the sandboxed compile, at their host path
                compile = lang.preparedCompile().stream().map(a -> a.replace(lang.preparedMount(), warm.toString())).toList();
            }
            if (!compile.isEmpty()) {
                Process p = new ProcessBuilder(compile).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("compile.log").toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("bare compile failed: " + Files.readString(dir.resolve("compile.log")));
                }
            }
            List<String> cmd = lang.run().stream().map(a -> a.replace("{memoryMb}", Integer.toString(task.limits().memoryMb()))
                    .replace("{stackMb}", Integer.toString(task.limits().memoryMb()))).toList();
            List<Future<Boolean>> fs = new ArrayList<>();
            for (TestCase t : task.tests()) {
                fs.add(barePool.submit(() -> {
                    Path out = dir.resolve("out-" + t.number() + "-" + UUID.randomUUID());
                    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(t.input().toFile())
                            .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    p.waitFor();
                    return new TextChecker(task.checker()).check(Files.readString(out), Files.readString(t.answer())).verdict() == Verdict.AC;
                }));
                if (fs.size() % Math.max(1, engine.config().parallelism()) == 0) {
                    // same bound on parallel tests as the engine
                    for (Future<Boolean> f : fs) {
                        f.get();
                    }
                }
            }
            for (Future<Boolean> f : fs) {
                if (!f.get()) {
                    throw new IllegalStateException("bare run not accepted: " + lang.id());
                }
            }
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            JudgeEngine.deleteTree(dir);
        }
    }

    public static String report(JudgeEngine engine, Task task, Path solutions, int runs, java.util.Set<String> langs) throws Exception {
        JudgeBenchmark b = new JudgeBenchmark(engine);
        b.langs = langs;
        try {
            String h = header(engine, task, runs);
            String body = b.run(task, solutions, runs);
            return h + body + "\nLoad average at end: " + Files.readString(Path.of("/proc/loadavg")).trim() + "\n";
        } finally {
            b.barePool.shutdownNow();
        }
    }

    static String header(JudgeEngine engine, Task task, int runs) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        return "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), cgroup "
                + engine.health().cgroupMode() + ", " + engine.health().bwrap() + ", task `" + task.id() + "` (" + task.tests().size()
                + " tests), " + runs + " submissions per cell, engine test parallelism " + engine.config().parallelism()
                + ", warm artefacts " + engine.health().warm() + ", javac service " + (engine.config().compileServices() ? "on" : "off") + ", load average at start " + Files.readString(Path.of("/proc/loadavg")).trim() + ".\n\n";
    }
}
