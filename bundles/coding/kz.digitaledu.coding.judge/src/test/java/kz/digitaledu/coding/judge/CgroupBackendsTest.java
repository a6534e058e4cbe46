package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.digitaledu.coding.judge.internal.cgroup.Cgroup;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupDetector;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupV1;
import kz.digitaledu.coding.judge.internal.cgroup.CgroupV2;

/** The v2 back-end against a temporary directory laid out like cgroupfs; detection of v2 / v1 / none. */
class CgroupBackendsTest {

    private static Path fakeV2Root(Path dir) throws Exception {
        Files.writeString(dir.resolve("cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma misc\n");
        Files.writeString(dir.resolve("cgroup.subtree_control"), "");
        return dir;
    }

    @Test
    void v2CreatesLimitedGroupAndReadsUsage(@TempDir Path dir) throws Exception {
        CgroupV2 v2 = new CgroupV2(fakeV2Root(dir), "judge");
        assertEquals("v2", v2.mode());
        assertTrue(Files.readString(dir.resolve("cgroup.subtree_control")).contains("pids"), "controllers enabled at the root");
        assertTrue(Files.readString(dir.resolve("judge/cgroup.subtree_control")).contains("memory"), "and in the parent");
        Cgroup g = v2.create("run-1", 64L << 20, 16);
        Path leaf = dir.resolve("judge/run-1");
        assertEquals(Long.toString(64L << 20), Files.readString(leaf.resolve("memory.max")));
        assertEquals("0", Files.readString(leaf.resolve("memory.swap.max")));
        assertEquals("16", Files.readString(leaf.resolve("pids.max")));
        assertEquals(List.of(leaf.resolve("cgroup.procs")), g.procsFiles());
        // what the kernel would report
        Files.writeString(leaf.resolve("cpu.stat"), "usage_usec 1234567\nuser_usec 1000000\nsystem_usec 234567\n");
        Files.writeString(leaf.resolve("memory.peak"), "5242880\n");
        Files.writeString(leaf.resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
        Files.writeString(leaf.resolve("pids.events"), "max 0\n");
        Files.writeString(leaf.resolve("cgroup.procs"), "");
        assertEquals(1_234_567_000L, g.cpuNanos());
        assertEquals(5L << 20, g.memoryPeakBytes());
        assertTrue(g.memoryLimitHit());
        assertFalse(g.pidsLimitHit());
        Files.writeString(leaf.resolve("pids.events"), "max 7\n");
        assertTrue(g.pidsLimitHit());
        g.close();
        assertFalse(Files.exists(leaf), "group removed");
        // a stale group of a crashed judge is removed at start-up
        Files.createDirectories(dir.resolve("judge/run-stale"));
        v2.cleanupStale();
        assertFalse(Files.exists(dir.resolve("judge/run-stale")));
    }

    @Test
    void v2WithoutMemoryPeakUsesHighestCurrent(@TempDir Path dir) throws Exception {
        Cgroup g = new CgroupV2(fakeV2Root(dir), "judge").create("r", 1 << 20, 4);
        Path leaf = dir.resolve("judge/r");
        Files.writeString(leaf.resolve("memory.current"), "300");
        assertEquals(300, g.memoryPeakBytes());
        Files.writeString(leaf.resolve("memory.current"), "100");
        assertEquals(300, g.memoryPeakBytes());
        g.close();
    }

    @Test
    void detectsV2WhenControllersAvailable(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectory(dir.resolve("unified"));
        fakeV2Root(root);
        Path mounts = dir.resolve("mounts");
        Files.writeString(mounts, "proc /proc proc rw 0 0\ncgroup2 " + root + " cgroup2 rw,nosuid 0 0\n");
        CgroupDetector.Detection d = new CgroupDetector(mounts, "judge").detect();
        assertEquals("v2", d.mode(), d::reason);
        assertTrue(d.backend() instanceof CgroupV2);
    }

    @Test
    void v2WithoutControllersFallsBackToV1(@TempDir Path dir) throws Exception {
        Path unified = Files.createDirectory(dir.resolve("unified"));
        Files.writeString(unified.resolve("cgroup.controllers"), "\n");
        StringBuilder mounts = new StringBuilder("cgroup2 " + unified + " cgroup2 rw 0 0\n");
        for (String c : List.of("memory", "pids", "cpuacct")) {
            Path p = Files.createDirectory(dir.resolve(c));
            mounts.append("cgroup ").append(p).append(" cgroup rw,relatime,").append(c).append(" 0 0\n");
        }
        Path mountsFile = dir.resolve("mounts");
        Files.writeString(mountsFile, mounts);
        CgroupDetector.Detection d = new CgroupDetector(mountsFile, "judge").detect();
        assertEquals("v1", d.mode(), d::reason);
        assertTrue(d.backend() instanceof CgroupV1);
    }

    @Test
    void noneWhenNothingCanEnforceLimits(@TempDir Path dir) throws Exception {
        Path unified = Files.createDirectory(dir.resolve("unified"));
        Files.writeString(unified.resolve("cgroup.controllers"), "\n");
        Path mounts = dir.resolve("mounts");
        Files.writeString(mounts, "cgroup2 " + unified + " cgroup2 rw 0 0\ncgroup " + dir + "/memory cgroup rw,memory 0 0\n");
        CgroupDetector.Detection d = new CgroupDetector(mounts, "judge").detect();
        assertEquals("none", d.mode());
        assertNull(d.backend());
        assertTrue(d.reason().contains("no memory/pids controllers"), d.reason());
    }

    @Test
    void thisMachineIsDetectedAsV1() {
        CgroupDetector.Detection d = new CgroupDetector(Path.of("/proc/self/mounts"), JudgeFixture.CGROUP_PARENT).detect();
        assertEquals("v1", d.mode(), "this build machine has cgroup v1 controllers and an empty cgroup2: " + d.reason());
    }
}
