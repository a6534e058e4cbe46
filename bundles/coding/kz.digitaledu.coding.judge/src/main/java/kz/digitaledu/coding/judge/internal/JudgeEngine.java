package kz.digitaledu.coding.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import kz.digitaledu.coding.judge.CheckerSpec;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeHealth;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.LanguageConfig;
import kz.digitaledu.coding.judge.MessageKey;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.TestCase;
import kz.digitaledu.coding.judge.TestResult;
import kz.digitaledu.coding.judge.Verdict;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupDetector;
import kz.digitaledu.coding.judge.internal.check.CheckResult;
import kz.digitaledu.coding.judge.internal.check.TextChecker;
import kz.digitaledu.coding.judge.internal.javac.JavacService;
import kz.digitaledu.coding.judge.internal.lang.LanguageRegistry;
import kz.digitaledu.coding.judge.internal.sandbox.Sandbox;
import kz.digitaledu.coding.judge.internal.sandbox.SandboxSettings;
import kz.digitaledu.coding.judge.internal.sandbox.SeccompFilter;
import kz.digitaledu.coding.judge.internal.task.KattisTaskLoader;

/**
 * The judge engine: validate, compile once in the sandbox, run every test in parallel sandboxes on a bounded
 * executor, check, clean up. Plain Java; later wrapped by a DS component (constructor injection, closed in
 * deactivate).
 */
public final class JudgeEngine implements Judge, AutoCloseable {
    private static final int COMPILE_MESSAGE_MAX = 4000;
    private static final int SAMPLE_OUTPUT_MAX = 1000;

    private final JudgeConfig config;
    private final LanguageRegistry languages;
    private final CgroupDetector.Detection detection;
    private final KattisTaskLoader taskLoader = new KattisTaskLoader();
    private final ExecutorService testPool;
    private final ExecutorService ioPool;
    private final Sandbox sandbox;
    private final AtomicInteger uidCounter = new AtomicInteger();
    private final Map<String, Path> compiledCheckers = new ConcurrentHashMap<>();
    private final String bwrapVersion;
    private final String startupProblem;
    private final Path seccompFilter;
    private JavacService javacService;
    private final Map<String, Path> prepared = new ConcurrentHashMap<>();
    private final Map<String, String> prepareState = new ConcurrentHashMap<>();
    private final ExecutorService preparePool;
    private final List<Future<?>> preparing = new java.util.concurrent.CopyOnWriteArrayList<>();

    public JudgeEngine(JudgeConfig config) throws JudgeException {
        this(config, new CgroupDetector(config.mountsFile(), config.cgroupParent()).detect());
    }

    /** With an injected cgroup detection (tests: none, or a fake v2 tree). */
    public JudgeEngine(JudgeConfig config, CgroupDetector.Detection detection) throws JudgeException {
        this.config = config;
        this.languages = new LanguageRegistry(config.languagesFile());
        this.detection = detection;
        this.testPool = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), daemon("judge-test"));
        this.ioPool = Executors.newCachedThreadPool(daemon("judge-io"));
        this.bwrapVersion = bwrapVersion(config.bwrap());
        String problem = null;
        if (detection.backend() != null) {
            detection.backend().cleanupStale();
        }
        Path seccomp = null;
        try {
            Files.createDirectories(config.workRoot());
            Files.setPosixFilePermissions(config.workRoot(), PosixFilePermissions.fromString("rwx--x--x"));
            if (SeccompFilter.supported()) {
                seccomp = SeccompFilter.write(config.workRoot());
            }
        } catch (IOException | UnsupportedOperationException e) {
            problem = "work root " + config.workRoot() + ": " + e.getMessage();
        }
        this.seccompFilter = seccomp;
        this.sandbox = detection.backend() == null ? null
                : new Sandbox(detection.backend(), new SandboxSettings(config.bwrap(), config.setpriv(), languages.readOnlyBinds(), config.pollMs(), seccomp), ioPool);
        if (problem == null) {
            problem = checkTraversable(config.workRoot());
        }
        if (problem == null && bwrapVersion == null) {
            problem = "bubblewrap not found at " + config.bwrap();
        }
        if (problem == null && detection.backend() != null && !"0".equals(uidOfProcess())) {
            problem = "the judge must run as root to create cgroups and switch to sandbox users";
        }
        this.startupProblem = problem;
        this.preparePool = Executors.newSingleThreadExecutor(daemon("judge-prepare"));
        if (problem == null) {
            cleanupWorkRoot();
        }
        for (LanguageConfig l : languages.all()) {
            if (!l.prepare().isEmpty()) {
                prepareState.put(l.id(), "off");
                if (problem == null && sandbox != null) {
                    startPrepare(l, config.prepare());
                }
            }
        }
    }

    /** Removes work directories left by a crashed judge (never the prepared artefacts). */
    private void cleanupWorkRoot() {
        try (Stream<Path> s = Files.list(config.workRoot())) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("sub-") || n.startsWith("checker-") || n.startsWith("preparing-") || n.equals("javac-spool");
            }).forEach(JudgeEngine::deleteTree);
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private Map<String, String> warmState() {
        return new HashMap<>(prepareState);
    }

    /** Builds (once, cached in the work root across restarts) a language's warm artefacts in the sandbox. */
    private void startPrepare(LanguageConfig l, boolean build) {
        String hash;
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", l.prepare()).getBytes(StandardCharsets.UTF_8));
            hash = java.util.HexFormat.of().formatHex(d).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path target = config.workRoot().resolve("prepared-" + l.id() + "-" + hash);
        if (Files.exists(target.resolve(".complete"))) {
            prepared.put(l.id(), target);
            prepareState.put(l.id(), "ready");
            return;
        }
        if (!build) {
            return;
        }
        prepareState.put(l.id(), "building");
        preparing.add(preparePool.submit(() -> {
            Path tmp = config.workRoot().resolve("preparing-" + l.id() + "-" + UUID.randomUUID());
            try {
                int uid = nextUid();
                Files.createDirectory(tmp);
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
                chown(tmp, uid);
                Sandbox.Result r = sandbox.run(new Sandbox.Request(l.prepare(), List.of(new Sandbox.Bind(tmp, l.preparedMount(), true)),
                        l.preparedMount(), null, null, 64 * 1024, 120_000, 240_000, Math.max(1024L, config.compileMemoryMb()) << 20, 64, l.env(), uid));
                if (r.exitCode() != 0 || r.timeExceeded()) {
                    prepareState.put(l.id(), "failed: exit " + r.exitCode() + " " + trim(r.stderr()));
                    deleteTree(tmp);
                    return;
                }
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        Files.setAttribute(p, "unix:uid", 0, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                        Files.setAttribute(p, "unix:gid", 0, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    }
                }
                Files.writeString(tmp.resolve(".complete"), Instant.now().toString());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                prepared.put(l.id(), target);
                prepareState.put(l.id(), "ready");
            } catch (IOException | RuntimeException e) {
                prepareState.put(l.id(), "failed: " + e);
                deleteTree(tmp);
            }
        }));
    }

    /** Waits until the warm artefacts started at construction are built (or failed). */
    public void awaitPrepared(long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        for (Future<?> f : preparing) {
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // state reported in health()
            }
        }
    }

    /** Sandbox users must be able to reach their box: every ancestor of the work root needs o+x. */
    private static String checkTraversable(Path root) {
        for (Path p = root.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return "work root " + root + ": " + p + " is not searchable by sandbox users (needs o+x)";
                }
            } catch (IOException | UnsupportedOperationException e) {
                return "work root " + root + ": " + e.getMessage();
            }
        }
        return null;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String uidOfProcess() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("Uid:")) {
                    return l.split("\\s+")[1];
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }

    private static String bwrapVersion(String bwrap) {
        if (!Files.isExecutable(Path.of(bwrap))) {
            return null;
        }
        try {
            Process p = new ProcessBuilder(bwrap, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public JudgeHealth health() {
        List<String> ids = languages.all().stream().map(LanguageConfig::id).toList();
        String root = detection.backend() == null ? null : detection.backend().root();
        if (detection.backend() == null) {
            return new JudgeHealth(false, "none", null, bwrapVersion, MessageKey.SANDBOX_UNAVAILABLE, detection.reason(), ids, warmState());
        }
        if (startupProblem != null) {
            MessageKey key = bwrapVersion == null ? MessageKey.SANDBOX_BWRAP_MISSING
                    : startupProblem.contains("root") ? MessageKey.SANDBOX_UNPRIVILEGED : MessageKey.SANDBOX_UNAVAILABLE;
            return new JudgeHealth(false, detection.mode(), root, bwrapVersion, key, startupProblem, ids, warmState());
        }
        return new JudgeHealth(true, detection.mode(), root, bwrapVersion, MessageKey.HEALTH_READY, detection.reason()
                + (seccompFilter == null ? "; no seccomp filter on " + System.getProperty("os.arch") : "; seccomp deny list " + SeccompFilter.DENIED_X86_64.size() + " syscalls"),
                ids, warmState());
    }

    @Override
    public List<LanguageConfig> languages() {
        return languages.all();
    }

    @Override
    public Task loadTask(Path packageDir) throws JudgeException {
        Task t = taskLoader.load(packageDir);
        if (t.checker().kind() == CheckerSpec.Kind.PROGRAM && languages.byFileName(t.checker().program().getFileName().toString()).isEmpty()) {
            throw new JudgeException(MessageKey.TASK_VALIDATOR_UNSUPPORTED, t.checker().program().getFileName());
        }
        return t;
    }

    @Override
    public void verifyTask(Task task) throws JudgeException {
        if (task.checker().kind() != CheckerSpec.Kind.PROGRAM) {
            return;
        }
        ensureReady();
        try {
            Path box = compiledChecker(task);
            // verified where the package was prepared; it is compiled again from its final place when first used
            compiledCheckers.values().remove(box);
            deleteTree(box.getParent());
        } catch (IOException e) {
            throw new JudgeException(MessageKey.JUDGE_INTERNAL, e, e.getMessage());
        }
    }

    /** Validates the submission; returns the language. */
    LanguageConfig validate(Submission s) throws JudgeException {
        LanguageConfig lang = languages.find(s.language()).orElseThrow(
                () -> new JudgeException(MessageKey.LANGUAGE_UNKNOWN, s.language(), String.join(", ", languages.all().stream().map(LanguageConfig::id).toList())));
        byte[] src = s.source();
        if (src.length > config.maxSourceBytes()) {
            throw new JudgeException(MessageKey.SOURCE_TOO_LARGE, src.length, config.maxSourceBytes());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(src)).toString();
        } catch (CharacterCodingException e) {
            throw new JudgeException(MessageKey.SOURCE_BINARY);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                throw new JudgeException(MessageKey.SOURCE_BINARY);
            }
        }
        if (text.isBlank()) {
            throw new JudgeException(MessageKey.SOURCE_EMPTY);
        }
        return lang;
    }

    private void ensureReady() throws JudgeException {
        JudgeHealth h = health();
        if (!h.ready()) {
            throw new JudgeException(h.messageKey(), h.detail());
        }
    }

    private int nextUid() {
        return config.uidBase() + Math.floorMod(uidCounter.getAndIncrement(), Math.max(1, config.uidCount()));
    }

    @Override
    public JudgeResult judge(Task task, Submission submission) throws JudgeException {
        long start = System.nanoTime();
        LanguageConfig lang = validate(submission);
        ensureReady();
        int uid = nextUid();
        Path dir = config.workRoot().resolve("sub-" + UUID.randomUUID());
        List<Future<TestOutcome>> futures = new ArrayList<>();
        try {
            Path box = prepareBox(dir, uid);
            Files.write(box.resolve(lang.sourceFile()), submission.source());
            chown(box.resolve(lang.sourceFile()), uid);
            long cStart = System.nanoTime();
            String compileMessage = "";
            MessageKey compileLimit = null;
            long compileCpuMs = 0;
            if (!lang.compile().isEmpty()) {
                Compiled c = compile(lang, box, uid);
                compileMessage = c.message();
                compileCpuMs = c.cpuMs();
                if (!c.ok()) {
                    return new JudgeResult(Verdict.CE, compileMessage, List.of(), ms(cStart), ms(start), c.cpuMs(), c.limit());
                }
            }
            long compileMs = ms(cStart);
            Path checker = task.checker().kind() == CheckerSpec.Kind.PROGRAM ? compiledChecker(task) : null;
            for (TestCase t : task.tests()) {
                futures.add(testPool.submit(() -> runTest(task, lang, box, dir, t, uid, checker)));
            }
            List<TestResult> results = new ArrayList<>();
            String parseError = null;
            for (Future<TestOutcome> f : futures) {
                TestOutcome o = get(f);
                results.add(o.result());
                if (parseError == null && o.result().verdict() == Verdict.RE && lang.runtimeCompileError() != null
                        && java.util.regex.Pattern.compile(lang.runtimeCompileError()).matcher(o.stderr()).find()) {
                    parseError = o.stderr();
                }
            }
            if (parseError != null) {
                // the source does not parse (interpreted language without a separate compile step)
                return new JudgeResult(Verdict.CE, trim(parseError.replace("/box/", "")), List.of(), compileMs, ms(start), compileCpuMs, null);
            }
            Verdict overall = results.stream().map(TestResult::verdict).filter(v -> v != Verdict.AC).findFirst().orElse(Verdict.AC);
            return new JudgeResult(overall, compileMessage, results, compileMs, ms(start), compileCpuMs, compileLimit);
        } catch (IOException e) {
            throw new JudgeException(MessageKey.SANDBOX_FAILED, e, e.getMessage());
        } finally {
            // on interruption or failure, stop the other tests (an interrupted run kills its sandbox); a directory
            // left behind by a test still finishing is removed at the next start (cleanupWorkRoot)
            for (Future<TestOutcome> f : futures) {
                f.cancel(true);
            }
            deleteTree(dir);
        }
    }

    private record TestOutcome(TestResult result, String stderr) {
    }

    private static <T> T get(Future<T> f) throws JudgeException, IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JudgeException(MessageKey.JUDGE_INTERNAL, e, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof JudgeException je) {
                throw je;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException uio) {
                throw uio.getCause();
            }
            throw new JudgeException(MessageKey.JUDGE_INTERNAL, c, String.valueOf(c));
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static Path prepareBox(Path dir, int uid) throws IOException {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        Path box = dir.resolve("box");
        Files.createDirectory(box, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        chown(box, uid);
        return box;
    }

    private static void chown(Path p, int uid) throws IOException {
        Files.setAttribute(p, "unix:uid", uid);
        Files.setAttribute(p, "unix:gid", uid);
    }

    private record Compiled(boolean ok, String message, MessageKey limit, long cpuMs) {
    }

    private synchronized JavacService javacService() {
        if (javacService == null && sandbox != null) {
            try {
                javacService = new JavacService(sandbox, config.workRoot(), config.uidBase() - 1, Math.max(1024L, config.compileMemoryMb()) << 20);
            } catch (IOException e) {
                return null;
            }
        }
        return javacService;
    }

    /** Whether the persistent javac worker is running (tests, health). */
    public boolean javacServiceRunning() {
        JavacService s;
        synchronized (this) {
            s = javacService;
        }
        return s != null && s.running();
    }

    /** Stops the javac worker (it restarts on the next Java compile). */
    void stopJavacService() {
        JavacService s;
        synchronized (this) {
            s = javacService;
        }
        if (s != null) {
            s.close();
        }
    }

    private Compiled compile(LanguageConfig lang, Path box, int uid) throws IOException {
        if ("javac".equals(lang.compileService()) && config.compileServices()) {
            JavacService svc = javacService();
            if (svc != null) {
                JavacService.Result jr = svc.compile(Files.readAllBytes(box.resolve(lang.sourceFile())), box, uid, config.compileWallMs());
                String log = trim(jr.log().replaceAll("/spool/[0-9a-f-]+/", ""));
                switch (jr.status()) {
                    case OK:
                        return new Compiled(true, log, null, 0);
                    case FAILED:
                        if (log.contains("java.lang.OutOfMemoryError")) {
                            return new Compiled(false, kz.digitaledu.coding.judge.Messages.format(java.util.Locale.ENGLISH,
                                    MessageKey.COMPILE_MEMORY_LIMIT.key()), MessageKey.COMPILE_MEMORY_LIMIT, 0);
                        }
                        return new Compiled(false, log, null, 0);
                    case TIMEOUT:
                        return new Compiled(false, kz.digitaledu.coding.judge.Messages.format(java.util.Locale.ENGLISH,
                                MessageKey.COMPILE_TIME_LIMIT.key()), MessageKey.COMPILE_TIME_LIMIT, 0);
                    default:
                        // service unavailable: the ordinary sandboxed javac below
                }
            }
        }
        List<String> command = lang.compile();
        List<Sandbox.Bind> binds = new ArrayList<>(List.of(new Sandbox.Bind(box, "/box", true)));
        Path warm = prepared.get(lang.id());
        if (warm != null && !lang.preparedCompile().isEmpty()) {
            command = lang.preparedCompile();
            binds.add(new Sandbox.Bind(warm, lang.preparedMount(), false));
        }
        Sandbox.Request req = new Sandbox.Request(command, binds, "/box", null, null,
                config.compileOutputBytes(), config.compileCpuMs(), config.compileWallMs(), (long) config.compileMemoryMb() << 20,
                config.compilePids(), lang.env(), uid);
        Sandbox.Result r = sandbox.run(req);
        String msg = trim(r.stderr().replace("/box/", ""));
        MessageKey limit = null;
        if (r.timeExceeded()) {
            limit = MessageKey.COMPILE_TIME_LIMIT;
        } else if (r.outputExceeded()) {
            limit = MessageKey.COMPILE_OUTPUT_LIMIT;
        } else if (r.memoryExceeded() && r.exitCode() != 0) {
            limit = MessageKey.COMPILE_MEMORY_LIMIT;
        } else if (r.pidsExceeded() && r.exitCode() != 0) {
            limit = MessageKey.COMPILE_PROCESS_LIMIT;
        }
        if (limit != null) {
            String text = kz.digitaledu.coding.judge.Messages.format(java.util.Locale.ENGLISH, limit.key());
            return new Compiled(false, trim(text + (msg.isEmpty() ? "" : "\n" + msg)), limit, r.cpuMs());
        }
        return new Compiled(r.exitCode() == 0, msg, null, r.cpuMs());
    }

    private static String trim(String s) {
        s = s.strip();
        return s.length() <= COMPILE_MESSAGE_MAX ? s : s.substring(0, COMPILE_MESSAGE_MAX) + "\n...";
    }

    private TestOutcome runTest(Task task, LanguageConfig lang, Path box, Path dir, TestCase t, int uid, Path checker)
            throws IOException, JudgeException {
        Path out = dir.resolve("out-" + t.number());
        long timeMs = Math.round(task.limits().timeMs() * lang.timeFactor());
        long memoryBytes = ((long) task.limits().memoryMb() + lang.memoryOverheadMb()) << 20;
        List<String> cmd = lang.run().stream()
                .map(a -> a.replace("{memoryMb}", Integer.toString(task.limits().memoryMb())).replace("{stackMb}", Integer.toString(task.limits().memoryMb())))
                .toList();
        Sandbox.Request req = new Sandbox.Request(cmd, List.of(new Sandbox.Bind(box, "/box", false)), "/box", t.input(), out,
                task.limits().outputBytes(), timeMs, timeMs * 2 + 1000, memoryBytes, lang.pids(), lang.env(), uid);
        Sandbox.Result r = sandbox.run(req);
        long memKb = r.memoryBytes() / 1024;
        Verdict v = null;
        String detail = null;
        boolean memoryError = lang.memoryErrorPatterns().stream().anyMatch(p -> r.stderr().contains(p));
        if (r.outputExceeded()) {
            v = Verdict.OLE;
            detail = "output limit " + task.limits().outputBytes() + " bytes exceeded";
        } else if (r.pidsExceeded()) {
            v = Verdict.SV;
            detail = "process/thread limit " + lang.pids() + " reached";
        } else if (r.timeExceeded()) {
            v = Verdict.TLE;
            detail = r.cpuExceeded() ? "CPU time limit " + timeMs + " ms" : "wall-clock limit " + (timeMs * 2 + 1000) + " ms";
        } else if ((r.memoryExceeded() && r.exitCode() != 0) || (memoryError && r.exitCode() != 0)) {
            v = Verdict.MLE;
            detail = "memory limit " + task.limits().memoryMb() + " MiB";
        } else if (r.exitCode() != 0) {
            v = Verdict.RE;
            detail = r.signal() != 0 ? "killed by signal " + r.signal() : "exit code " + r.exitCode();
        }
        if (v == null) {
            CheckResult c = checker == null ? new TextChecker(task.checker()).check(read(out), Files.readString(t.answer(), StandardCharsets.UTF_8))
                    : runChecker(task, checker, t, out, dir, uid);
            v = c.verdict();
            detail = c.detail();
        }
        String sampleOut = t.sample() && Files.exists(out) ? head(out) : null;
        return new TestOutcome(new TestResult(t.number(), t.sample(), v, r.cpuMs(), r.wallMs(), memKb,
                r.signal() != 0 ? -1 : r.exitCode(), r.signal(), detail, sampleOut), r.stderr());
    }

    private static String read(Path out) throws IOException {
        if (!Files.exists(out)) {
            return "";
        }
        byte[] b = Files.readAllBytes(out);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String head(Path out) throws IOException {
        byte[] b;
        try (var in = Files.newInputStream(out)) {
            b = in.readNBytes(SAMPLE_OUTPUT_MAX);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Compiles the task's custom checker once (in the sandbox) and caches the box for the engine's lifetime. */
    private Path compiledChecker(Task task) throws JudgeException, IOException {
        Path src = task.checker().program();
        String key = src + "@" + Files.getLastModifiedTime(src).toMillis();
        Path cached = compiledCheckers.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (compiledCheckers) {
            cached = compiledCheckers.get(key);
            if (cached != null) {
                return cached;
            }
            LanguageConfig lang = languages.byFileName(src.getFileName().toString())
                    .orElseThrow(() -> new JudgeException(MessageKey.TASK_VALIDATOR_UNSUPPORTED, src.getFileName()));
            int uid = nextUid();
            Path dir = config.workRoot().resolve("checker-" + UUID.randomUUID());
            Path box = prepareBox(dir, uid);
            Files.copy(src, box.resolve(lang.sourceFile()), StandardCopyOption.REPLACE_EXISTING);
            chown(box.resolve(lang.sourceFile()), uid);
            if (!lang.compile().isEmpty()) {
                Compiled c = compile(lang, box, uid);
                if (!c.ok()) {
                    deleteTree(dir);
                    throw new JudgeException(MessageKey.TASK_VALIDATOR_COMPILE, c.message());
                }
            }
            Files.setPosixFilePermissions(box, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(dir.resolve("language"), lang.id());
            compiledCheckers.put(key, box);
            return box;
        }
    }

    /** Kattis output-validator protocol: {@code checker input answer feedback_dir < output}; 42 = AC, 43 = WA. */
    private CheckResult runChecker(Task task, Path checkerBox, TestCase t, Path out, Path dir, int uid) throws IOException {
        LanguageConfig lang = languages.find(Files.readString(checkerBox.getParent().resolve("language")).trim()).orElseThrow();
        Path data = dir.resolve("chk-data-" + t.number());
        Path feedback = dir.resolve("chk-feedback-" + t.number());
        Files.createDirectory(data);
        Files.createDirectory(feedback);
        Files.copy(t.input(), data.resolve("input"));
        Files.copy(t.answer(), data.resolve("answer"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("input"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data.resolve("answer"), PosixFilePermissions.fromString("rw-r--r--"));
        chown(feedback, uid);
        List<String> cmd = new ArrayList<>(lang.run().stream().map(a -> a.replace("{memoryMb}", "512").replace("{stackMb}", "512")).toList());
        cmd.addAll(List.of("/data/input", "/data/answer", "/feedback/"));
        Path checkerOut = dir.resolve("chk-out-" + t.number());
        Sandbox.Request req = new Sandbox.Request(cmd,
                List.of(new Sandbox.Bind(checkerBox, "/box", false), new Sandbox.Bind(data, "/data", false), new Sandbox.Bind(feedback, "/feedback", true)),
                "/box", Files.exists(out) ? out : null, checkerOut, 1 << 20, 10_000, 20_000,
                (512L + lang.memoryOverheadMb()) << 20, lang.pids(), lang.env(), uid);
        Sandbox.Result r = sandbox.run(req);
        String message = feedbackText(feedback);
        if (r.exitCode() == 42) {
            return CheckResult.OK;
        }
        if (r.exitCode() == 43) {
            return CheckResult.wrong(message.isEmpty() ? "rejected by checker" : message);
        }
        return new CheckResult(Verdict.IE, "checker failed: exit " + r.exitCode() + (r.timeExceeded() ? " (time limit)" : "") + " " + trim(r.stderr()));
    }

    private static String feedbackText(Path feedback) throws IOException {
        Path f = feedback.resolve("judgemessage.txt");
        if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        byte[] b;
        try (var in = Files.newInputStream(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            b = in.readNBytes(500);
        }
        return new String(b, StandardCharsets.UTF_8).strip();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Measures the fixed cost of one sandboxed run of /bin/true (cgroup + setpriv + bwrap), in ms. */
    long[] sandboxStartCosts(int runs) throws JudgeException, IOException {
        ensureReady();
        long[] out = new long[runs];
        Path dir = config.workRoot().resolve("sub-" + UUID.randomUUID());
        try {
            int uid = nextUid();
            Path box = prepareBox(dir, uid);
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                Sandbox.Result r = sandbox.run(new Sandbox.Request(List.of("/bin/true"), List.of(new Sandbox.Bind(box, "/box", false)), "/box",
                        null, dir.resolve("out"), 1024, 1000, 2000, 64L << 20, 8, Map.of(), uid));
                out[i] = (System.nanoTime() - t0) / 1000;
                if (r.exitCode() != 0) {
                    throw new IOException("sandboxed /bin/true failed: " + r);
                }
            }
        } finally {
            deleteTree(dir);
        }
        return out;
    }

    /** Host directory of a language's prepared artefacts, or null. */
    Path preparedDir(String languageId) {
        return prepared.get(languageId);
    }

    LanguageRegistry registry() {
        return languages;
    }

    JudgeConfig config() {
        return config;
    }

    /** Environment description for the CLI/benchmark. */
    public Map<String, String> describe() {
        Map<String, String> m = new HashMap<>();
        m.put("cgroup", detection.mode());
        m.put("bwrap", String.valueOf(bwrapVersion));
        return m;
    }

    @Override
    public void close() {
        stopJavacService();
        preparePool.shutdownNow();
        try {
            preparePool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.list(config.workRoot())) {
            s.filter(p -> p.getFileName().toString().startsWith("preparing-")).forEach(JudgeEngine::deleteTree);
        } catch (IOException ignored) {
            // nothing to clean
        }
        testPool.shutdownNow();
        ioPool.shutdownNow();
        for (Path box : compiledCheckers.values()) {
            deleteTree(box.getParent());
        }
        compiledCheckers.clear();
    }
}
