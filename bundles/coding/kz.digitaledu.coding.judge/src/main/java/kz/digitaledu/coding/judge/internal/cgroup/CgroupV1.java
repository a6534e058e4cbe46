package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * cgroup v1: separate hierarchies for memory, pids and cpuacct (mount points injectable).
 * Limits: memory.limit_in_bytes and memory.memsw.limit_in_bytes, pids.max. Usage: cpuacct.usage,
 * memory.max_usage_in_bytes, memory.failcnt, pids.events.
 */
public final class CgroupV1 implements CgroupBackend {
    private final Path memory;
    private final Path pids;
    private final Path cpuacct;

    /**
     * @param controllerMounts mount points of the "memory", "pids" and "cpuacct" controllers
     * @param parentName       the judge's parent group created under each of them
     */
    public CgroupV1(Map<String, Path> controllerMounts, String parentName) throws IOException {
        this.memory = Objects.requireNonNull(controllerMounts.get("memory"), "memory controller").resolve(parentName);
        this.pids = Objects.requireNonNull(controllerMounts.get("pids"), "pids controller").resolve(parentName);
        this.cpuacct = Objects.requireNonNull(controllerMounts.get("cpuacct"), "cpuacct controller").resolve(parentName);
        Files.createDirectories(memory);
        Files.createDirectories(pids);
        Files.createDirectories(cpuacct);
    }

    @Override
    public String mode() {
        return "v1";
    }

    @Override
    public String root() {
        return memory + ", " + pids + ", " + cpuacct;
    }

    @Override
    public Cgroup create(String name, long memoryBytes, int pidsMax) throws IOException {
        Path m = memory.resolve(name);
        Path p = pids.resolve(name);
        Path c = cpuacct.resolve(name);
        List<Path> made = new ArrayList<>();
        try {
            for (Path d : List.of(m, p, c)) {
                Files.createDirectory(d);
                made.add(d);
            }
            CgroupSupport.write(m.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
            Path memsw = m.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(memsw)) {
                CgroupSupport.write(memsw, Long.toString(memoryBytes));
            }
            CgroupSupport.tryWrite(m.resolve("memory.swappiness"), "0");
            CgroupSupport.write(p.resolve("pids.max"), Integer.toString(pidsMax));
        } catch (IOException | RuntimeException e) {
            for (Path d : made) {
                CgroupSupport.removeDir(d);
            }
            throw e;
        }
        return new V1Group(m, p, c);
    }

    @Override
    public void cleanupStale() {
        CgroupSupport.removeChildren(memory);
        CgroupSupport.removeChildren(pids);
        CgroupSupport.removeChildren(cpuacct);
    }

    private static final class V1Group implements Cgroup {
        private final Path m;
        private final Path p;
        private final Path c;

        V1Group(Path m, Path p, Path c) {
            this.m = m;
            this.p = p;
            this.c = c;
        }

        @Override
        public List<Path> procsFiles() {
            return List.of(m.resolve("cgroup.procs"), p.resolve("cgroup.procs"), c.resolve("cgroup.procs"));
        }

        @Override
        public long cpuNanos() {
            return Cgroup.single(c.resolve("cpuacct.usage"));
        }

        @Override
        public long memoryPeakBytes() {
            long a = Cgroup.single(m.resolve("memory.max_usage_in_bytes"));
            long b = Cgroup.single(m.resolve("memory.memsw.max_usage_in_bytes"));
            return Math.max(a, b);
        }

        @Override
        public boolean memoryLimitHit() {
            return Cgroup.single(m.resolve("memory.failcnt")) > 0
                    || Cgroup.single(m.resolve("memory.memsw.failcnt")) > 0
                    || Cgroup.keyed(m.resolve("memory.oom_control"), "oom_kill") > 0;
        }

        @Override
        public boolean pidsLimitHit() {
            return Cgroup.keyed(p.resolve("pids.events"), "max") > 0;
        }

        @Override
        public List<Long> pids() {
            LinkedHashSet<Long> all = new LinkedHashSet<>();
            for (Path f : procsFiles()) {
                all.addAll(CgroupSupport.readPids(f));
            }
            return new ArrayList<>(all);
        }

        @Override
        public void killAll() {
            CgroupSupport.killPids(procsFiles());
        }

        @Override
        public void close() {
            killAll();
            CgroupSupport.removeDir(m);
            CgroupSupport.removeDir(p);
            CgroupSupport.removeDir(c);
        }
    }
}
