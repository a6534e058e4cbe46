package kz.digitaledu.coding.judge.internal.javac;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kz.digitaledu.coding.judge.internal.sandbox.Sandbox;

/**
 * Keeps one warm javac JVM ({@link CompileWorker}) running in its own sandbox and cgroup, and compiles Java
 * submissions through it, one at a time: a warm in-process javac needs a fraction of the CPU of a fresh
 * {@code javac} JVM. The worker only sees its spool directory; results are copied into the submission's box.
 * On a timeout or a crash the worker is killed (whole cgroup) and restarted on the next request; the caller
 * falls back to the ordinary sandboxed javac when the service is unavailable.
 */
public final class JavacService implements AutoCloseable {
    /** Outcome of a compile request. */
    public enum Status { OK, FAILED, TIMEOUT, UNAVAILABLE }

    /** Result: status and the compiler's diagnostics. */
    public record Result(Status status, String log) {
    }

    private static final String WORKER = "kz/digitaledu/coding/judge/internal/javac/CompileWorker.class";
    private final Sandbox sandbox;
    private final Path workerDir;
    private final Path spool;
    private final int uid;
    private final long memoryBytes;
    private Sandbox.Service service;
    private OutputStream toWorker;
    private BlockingQueue<String> fromWorker;

    public JavacService(Sandbox sandbox, Path workRoot, int uid, long memoryBytes) throws IOException {
        this.sandbox = sandbox;
        this.uid = uid;
        this.memoryBytes = memoryBytes;
        this.workerDir = workRoot.resolve("javac-worker");
        this.spool = workRoot.resolve("javac-spool");
        Path cls = workerDir.resolve(WORKER);
        Files.createDirectories(cls.getParent());
        try (InputStream in = JavacService.class.getClassLoader().getResourceAsStream(WORKER)) {
            if (in == null) {
                throw new IOException("missing " + WORKER);
            }
            Files.copy(in, cls, StandardCopyOption.REPLACE_EXISTING);
        }
        for (Path p = cls; p != null && p.startsWith(workerDir); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        Files.createDirectories(spool);
        Files.setPosixFilePermissions(spool, PosixFilePermissions.fromString("rwx--x--x"));
    }

    private void startIfNeeded(long timeoutMs) throws IOException, InterruptedException {
        if (service != null && service.process().isAlive()) {
            return;
        }
        stop();
        Sandbox.Request req = new Sandbox.Request(
                List.of("/usr/bin/java", "-Xmx512m", "-Xss16m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Xlog:disable",
                        "-cp", "/worker", "kz.digitaledu.coding.judge.internal.javac.CompileWorker"),
                List.of(new Sandbox.Bind(workerDir, "/worker", false), new Sandbox.Bind(spool, "/spool", true)),
                "/spool", null, null, 0, 0, 0, memoryBytes, 64, Map.of(), uid);
        service = sandbox.start(req);
        toWorker = service.process().getOutputStream();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        fromWorker = lines;
        Process p = service.process();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    lines.add(l);
                }
            } catch (IOException e) {
                // worker gone
            }
            lines.add("EOF");
        }, "javac-service-reader");
        reader.setDaemon(true);
        reader.start();
        String ready = lines.poll(timeoutMs, TimeUnit.MILLISECONDS);
        if (!"READY".equals(ready)) {
            stop();
            throw new IOException("javac service did not start: " + ready);
        }
    }

    /**
     * Compiles {@code source} (as Main.java) and copies the class files into {@code box}, owned by {@code boxUid}.
     */
    public synchronized Result compile(byte[] source, Path box, int boxUid, long timeoutMs) {
        String job = UUID.randomUUID().toString();
        Path dir = spool.resolve(job);
        try {
            startIfNeeded(Math.max(timeoutMs, 20_000));
            Files.createDirectory(dir);
            Files.write(dir.resolve("Main.java"), source);
            for (Path p : List.of(dir, dir.resolve("Main.java"))) {
                Files.setAttribute(p, "unix:uid", uid);
                Files.setAttribute(p, "unix:gid", uid);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            toWorker.write((job + "\n").getBytes(StandardCharsets.UTF_8));
            toWorker.flush();
            String answer = fromWorker.poll(timeoutMs, TimeUnit.MILLISECONDS);
            if (answer == null) {
                stop();
                return new Result(Status.TIMEOUT, "");
            }
            if (answer.equals("EOF")) {
                stop();
                return new Result(Status.UNAVAILABLE, "");
            }
            Path logFile = dir.resolve("compile.log");
            String log = Files.isRegularFile(logFile, LinkOption.NOFOLLOW_LINKS) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
            if (!answer.equals(job + " OK")) {
                return new Result(Status.FAILED, log);
            }
            try (DirectoryStream<Path> classes = Files.newDirectoryStream(dir, "*.class")) {
                for (Path c : classes) {
                    if (Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS)) {
                        Path target = box.resolve(c.getFileName().toString());
                        Files.copy(c, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                        Files.setAttribute(target, "unix:uid", boxUid);
                        Files.setAttribute(target, "unix:gid", boxUid);
                    }
                }
            }
            return new Result(Status.OK, log);
        } catch (IOException e) {
            stop();
            return new Result(Status.UNAVAILABLE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return new Result(Status.UNAVAILABLE, "interrupted");
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
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

    private void stop() {
        if (service != null) {
            service.close();
            service = null;
        }
    }

    /** Whether a worker JVM is running. */
    public synchronized boolean running() {
        return service != null && service.process().isAlive();
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
