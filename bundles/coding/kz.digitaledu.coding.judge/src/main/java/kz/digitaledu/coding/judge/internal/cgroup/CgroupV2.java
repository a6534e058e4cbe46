package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * cgroup v2 (unified): one hierarchy, root path injectable (tests use a temporary directory laid out
 * like cgroupfs). Limits: memory.max, memory.swap.max=0, pids.max, memory.oom.group=1. Usage: cpu.stat
 * usage_usec, memory.peak (kernel 5.19+; else the highest memory.current seen), memory.events,
 * pids.events. Kill: cgroup.kill (kernel 5.14+), else SIGKILL to every pid.
 */
public final class CgroupV2 implements CgroupBackend {
    private static final String CONTROLLERS = "+memory +pids +cpu";
    private final Path parent;

    /**
     * @param root       a directory of the cgroup2 hierarchy whose cgroup.controllers lists memory and pids
     *                   (the hierarchy root as root user, or a delegated sub-tree)
     * @param parentName the judge's parent group created under root
     */
    public CgroupV2(Path root, String parentName) throws IOException {
        enable(root);
        this.parent = root.resolve(parentName);
        Files.createDirectories(parent);
        enable(parent);
    }

    private static void enable(Path group) throws IOException {
        Path control = group.resolve("cgroup.subtree_control");
        String current = Files.exists(control) ? Files.readString(control) : "";
        if (current.contains("memory") && current.contains("pids")) {
            return;
        }
        // all at once (the kernel applies a line atomically); without cpu if that controller is not available
        if (!CgroupSupport.tryWrite(control, CONTROLLERS) && !CgroupSupport.tryWrite(control, "+memory +pids")) {
            throw new IOException("cannot enable memory and pids controllers in " + control);
        }
    }

    @Override
    public String mode() {
        return "v2";
    }

    @Override
    public String root() {
        return parent.toString();
    }

    @Override
    public Cgroup create(String name, long memoryBytes, int pids) throws IOException {
        Path dir = parent.resolve(name);
        Files.createDirectory(dir);
        try {
            CgroupSupport.write(dir.resolve("memory.max"), Long.toString(memoryBytes));
            CgroupSupport.tryWrite(dir.resolve("memory.swap.max"), "0");
            CgroupSupport.tryWrite(dir.resolve("memory.oom.group"), "1");
            CgroupSupport.write(dir.resolve("pids.max"), Integer.toString(pids));
        } catch (IOException | RuntimeException e) {
            CgroupSupport.removeDir(dir);
            throw e;
        }
        return new V2Group(dir);
    }

    @Override
    public void cleanupStale() {
        CgroupSupport.removeChildren(parent);
    }

    private static final class V2Group implements Cgroup {
        private final Path dir;
        private volatile long maxSeen;

        V2Group(Path dir) {
            this.dir = dir;
        }

        @Override
        public List<Path> procsFiles() {
            return List.of(dir.resolve("cgroup.procs"));
        }

        @Override
        public long cpuNanos() {
            return Cgroup.keyed(dir.resolve("cpu.stat"), "usage_usec") * 1000L;
        }

        @Override
        public long memoryPeakBytes() {
            Path peak = dir.resolve("memory.peak");
            if (Files.exists(peak)) {
                return Cgroup.single(peak);
            }
            maxSeen = Math.max(maxSeen, Cgroup.single(dir.resolve("memory.current")));
            return maxSeen;
        }

        @Override
        public boolean memoryLimitHit() {
            Path events = dir.resolve("memory.events");
            return Cgroup.keyed(events, "oom_kill") > 0 || Cgroup.keyed(events, "oom") > 0 || Cgroup.keyed(events, "max") > 0;
        }

        @Override
        public boolean pidsLimitHit() {
            return Cgroup.keyed(dir.resolve("pids.events"), "max") > 0;
        }

        @Override
        public List<Long> pids() {
            return CgroupSupport.readPids(dir.resolve("cgroup.procs"));
        }

        @Override
        public void killAll() {
            Path kill = dir.resolve("cgroup.kill");
            if (Files.exists(kill)) {
                CgroupSupport.tryWrite(kill, "1");
            }
            CgroupSupport.killPids(procsFiles());
        }

        @Override
        public void close() {
            killAll();
            CgroupSupport.removeDir(dir);
        }
    }
}
