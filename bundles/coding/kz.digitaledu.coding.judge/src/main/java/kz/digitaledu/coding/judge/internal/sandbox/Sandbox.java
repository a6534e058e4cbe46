package kz.digitaledu.coding.judge.internal.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import kz.digitaledu.coding.judge.internal.cgroup.Cgroup;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupBackend;

/**
 * Runs one command in a bubblewrap sandbox inside a fresh cgroup.
 *
 * <p>Process chain: {@code /bin/sh} (as root) writes its own pid into the cgroup's cgroup.procs files and
 * sets rlimits, then execs {@code setpriv} which drops to an unprivileged uid with no capabilities and
 * no-new-privs, which execs {@code bwrap} with every namespace unshared (user, pid, net, ipc, uts, cgroup,
 * mount), a read-only /usr (and /bin, /lib* links), a few read-only /etc files, fresh /proc, minimal /dev,
 * private tmpfs /tmp and /dev/shm, and only the explicitly given binds. The program is therefore in the
 * cgroup before it starts, and every child it forks inherits the cgroup. The judge's Java process is the
 * parent of bwrap; killing bwrap (or the judge) kills the sandbox's pid namespace (--die-with-parent).
 */
public final class Sandbox {

    /** A bind mount: host path to a path inside the sandbox. */
    public record Bind(Path host, String inside, boolean writable) {
    }

    /**
     * @param command     argv inside the sandbox
     * @param binds       binds besides the system directories
     * @param chdir       working directory inside the sandbox
     * @param stdin       file fed to standard input (opened by the judge, never visible in the sandbox), or null
     * @param stdout      file receiving standard output, or null to capture stdout+stderr merged (compilers)
     * @param outputLimit bytes of output after which the run is killed
     * @param cpuMs       CPU time limit (all processes)
     * @param wallMs      wall-clock limit
     * @param memoryBytes memory limit of the cgroup
     * @param pids        process/thread limit of the cgroup
     * @param env         environment inside the sandbox (besides PATH, HOME, LANG)
     * @param uid         unprivileged host uid/gid the sandbox runs as
     */
    public record Request(List<String> command, List<Bind> binds, String chdir, Path stdin, Path stdout, long outputLimit,
                          long cpuMs, long wallMs, long memoryBytes, int pids, Map<String, String> env, int uid) {
    }

    /**
     * @param exitCode       exit code of the program (128+signal if killed)
     * @param signal         signal that killed it, or 0
     * @param cpuMs          CPU time of the cgroup
     * @param wallMs         wall-clock time
     * @param memoryBytes    peak memory of the cgroup
     * @param cpuExceeded    killed because of the CPU limit
     * @param wallExceeded   killed because of the wall-clock limit
     * @param memoryExceeded the memory limit was hit
     * @param pidsExceeded   a fork/clone failed at the process limit
     * @param outputExceeded killed because of the output limit
     * @param outputBytes    bytes of output read
     * @param stderr         beginning of standard error (or of merged output when stdout was null)
     */
    public record Result(int exitCode, int signal, long cpuMs, long wallMs, long memoryBytes, boolean cpuExceeded,
                         boolean wallExceeded, boolean memoryExceeded, boolean pidsExceeded, boolean outputExceeded,
                         long outputBytes, String stderr) {
        public boolean timeExceeded() {
            return cpuExceeded || wallExceeded;
        }
    }

    private static final String WRAPPER = "for f in $JUDGE_CGROUP_PROCS; do echo $$ > \"$f\" || { echo judge-sandbox-setup-failed >&2; exit 121; }; done; "
            + "ulimit -c 0; ulimit -s $JUDGE_STACK_KB 2>/dev/null || ulimit -s unlimited; "
            + "if [ -n \"$JUDGE_SECCOMP\" ]; then exec 3<\"$JUDGE_SECCOMP\" || { echo judge-sandbox-setup-failed >&2; exit 121; }; fi; exec \"$@\"";
    private static final int STDERR_KEEP = 64 * 1024;

    private final CgroupBackend cgroups;
    private final SandboxSettings settings;
    private final ExecutorService io;

    public Sandbox(CgroupBackend cgroups, SandboxSettings settings, ExecutorService io) {
        this.cgroups = cgroups;
        this.settings = settings;
        this.io = io;
    }

    public Result run(Request r) throws IOException {
        try (Cgroup cg = cgroups.create("run-" + UUID.randomUUID(), r.memoryBytes(), r.pids())) {
            return run(r, cg);
        }
    }

    List<String> bwrapArgs(Request r) {
        List<String> a = new ArrayList<>();
        a.add(settings.setpriv());
        a.add("--reuid=" + r.uid());
        a.add("--regid=" + r.uid());
        a.add("--clear-groups");
        a.add("--inh-caps=-all");
        a.add("--bounding-set=-all");
        a.add("--no-new-privs");
        a.add("--");
        a.add(settings.bwrap());
        a.addAll(List.of("--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
                "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
                "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8", "--setenv", "TMPDIR", "/tmp"));
        for (Map.Entry<String, String> e : r.env().entrySet()) {
            a.addAll(List.of("--setenv", e.getKey(), e.getValue()));
        }
        a.addAll(List.of("--ro-bind", "/usr", "/usr"));
        for (String d : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path p = Path.of(d);
            if (Files.isSymbolicLink(p)) {
                try {
                    a.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), d));
                } catch (IOException e) {
                    // skip
                }
            } else if (Files.isDirectory(p)) {
                a.addAll(List.of("--ro-bind", d, d));
            }
        }
        for (String ro : settings.readOnlyBinds()) {
            a.addAll(List.of("--ro-bind-try", ro, ro));
        }
        String tmpSize = Long.toString(Math.max(1L << 20, r.memoryBytes()));
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", tmpSize, "--tmpfs", "/tmp", "--size", tmpSize, "--tmpfs", "/dev/shm"));
        for (Bind b : r.binds()) {
            a.addAll(List.of(b.writable() ? "--bind" : "--ro-bind", b.host().toString(), b.inside()));
        }
        if (settings.seccomp() != null) {
            a.addAll(List.of("--seccomp", "3"));
        }
        a.addAll(List.of("--remount-ro", "/", "--chdir", r.chdir(), "--"));
        a.addAll(r.command());
        return a;
    }

    /** A long-lived sandboxed process (e.g. the Java compile service) with pipes to stdin/stdout; stderr discarded. */
    public record Service(Process process, Cgroup cgroup) implements AutoCloseable {
        @Override
        public void close() {
            process.toHandle().destroyForcibly();
            cgroup.close();
        }
    }

    /** Starts a long-lived process in the sandbox; cpuMs/wallMs/stdin/stdout of the request are not used. */
    public Service start(Request r) throws IOException {
        Cgroup cg = cgroups.create("svc-" + UUID.randomUUID(), r.memoryBytes(), r.pids());
        try {
            ProcessBuilder pb = processBuilder(r, cg);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            return new Service(pb.start(), cg);
        } catch (IOException | RuntimeException e) {
            cg.close();
            throw e;
        }
    }

    private ProcessBuilder processBuilder(Request r, Cgroup cg) {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER, "judge-sandbox"));
        cmd.addAll(bwrapArgs(r));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        StringBuilder procs = new StringBuilder();
        for (Path p : cg.procsFiles()) {
            procs.append(p).append(' ');
        }
        pb.environment().put("JUDGE_CGROUP_PROCS", procs.toString().trim());
        if (settings.seccomp() != null) {
            pb.environment().put("JUDGE_SECCOMP", settings.seccomp().toString());
        }
        pb.environment().put("JUDGE_STACK_KB", Long.toString(Math.max(8192, r.memoryBytes() / 1024)));
        return pb;
    }

    private Result run(Request r, Cgroup cg) throws IOException {
        ProcessBuilder pb = processBuilder(r, cg);
        pb.redirectInput(r.stdin() == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(r.stdin().toFile()));
        boolean merged = r.stdout() == null;
        pb.redirectErrorStream(merged);

        AtomicBoolean outputExceeded = new AtomicBoolean();
        AtomicLong outputBytes = new AtomicLong();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        Process proc = pb.start();
        Future<?> outPump;
        Future<?> errPump = null;
        if (merged) {
            outPump = io.submit(() -> pump(proc.getInputStream(), err, STDERR_KEEP, r.outputLimit(), outputExceeded, outputBytes, proc));
        } else {
            OutputStream file = Files.newOutputStream(r.stdout());
            outPump = io.submit(() -> {
                try (file) {
                    pump(proc.getInputStream(), file, Long.MAX_VALUE, r.outputLimit(), outputExceeded, outputBytes, proc);
                } catch (IOException e) {
                    // reported as missing output
                }
            });
            errPump = io.submit(() -> pump(proc.getErrorStream(), err, STDERR_KEEP, Long.MAX_VALUE, new AtomicBoolean(), new AtomicLong(), proc));
        }
        boolean cpuExceeded = false;
        boolean wallExceeded = false;
        try {
            while (true) {
                if (proc.waitFor(settings.pollMs(), TimeUnit.MILLISECONDS)) {
                    break;
                }
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                if (cg.cpuNanos() / 1_000_000 > r.cpuMs()) {
                    cpuExceeded = true;
                    break;
                }
                if (elapsed > r.wallMs()) {
                    wallExceeded = true;
                    break;
                }
                if (outputExceeded.get()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            proc.toHandle().destroyForcibly(); // the handle only signals; Process.destroyForcibly() would also close our stdout pipe
            cg.killAll();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        try {
            proc.waitFor(5, TimeUnit.SECONDS);
            outPump.get(5, TimeUnit.SECONDS);
            if (errPump != null) {
                errPump.get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            outPump.cancel(true);
            if (errPump != null) {
                errPump.cancel(true);
            }
        }
        int exit = proc.isAlive() ? 137 : proc.exitValue();
        int signal = exit > 128 && exit < 160 ? exit - 128 : 0;
        long cpuMs = cg.cpuNanos() / 1_000_000;
        if (cpuMs > r.cpuMs()) {
            cpuExceeded = true;
        }
        String stderr;
        synchronized (err) {
            stderr = err.toString(StandardCharsets.UTF_8);
        }
        if (exit == 121 && stderr.contains("judge-sandbox-setup-failed")) {
            throw new IOException("sandbox set-up failed: " + stderr.trim());
        }
        return new Result(exit, signal, cpuMs, wall, cg.memoryPeakBytes(), cpuExceeded, wallExceeded, cg.memoryLimitHit(),
                cg.pidsLimitHit(), outputExceeded.get(), outputBytes.get(), stderr);
    }

    private static void pump(InputStream in, OutputStream out, long keep, long limit, AtomicBoolean exceeded, AtomicLong count,
                             Process proc) {
        byte[] buf = new byte[64 * 1024];
        long kept = 0;
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                long total = count.addAndGet(n);
                if (total > limit) {
                    exceeded.set(true);
                    proc.toHandle().destroyForcibly(); // the handle only signals; Process.destroyForcibly() would also close our stdout pipe
                    // write only up to the limit, then keep draining until the pipe closes
                    long allowed = n - (total - limit);
                    if (allowed > 0 && kept < keep) {
                        int w = (int) Math.min(allowed, keep - kept);
                        synchronized (out) {
                            out.write(buf, 0, w);
                        }
                        kept += w;
                    }
                    continue;
                }
                if (kept < keep) {
                    int w = (int) Math.min(n, keep - kept);
                    synchronized (out) {
                        out.write(buf, 0, w);
                    }
                    kept += w;
                }
            }
        } catch (IOException e) {
            // process killed; pipe closed
        }
    }
}
