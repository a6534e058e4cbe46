package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One leaf control group holding one sandboxed run. Closing kills what is left and removes it. */
public interface Cgroup extends AutoCloseable {

    /** cgroup.procs files a process must write its pid into (one per controller hierarchy on v1). */
    List<Path> procsFiles();

    /** CPU time used by all processes of the group, in nanoseconds. */
    long cpuNanos();

    /** Peak memory usage in bytes. */
    long memoryPeakBytes();

    /** True if the memory limit was hit (allocation failed or the OOM killer fired). */
    boolean memoryLimitHit();

    /** True if a fork/clone failed because of the process limit. */
    boolean pidsLimitHit();

    /** Pids currently in the group. */
    List<Long> pids();

    /** SIGKILLs every process in the group (repeats until empty or gives up). */
    void killAll();

    @Override
    void close();

    static long parseLong(String s) {
        s = s.trim();
        if (s.equals("max")) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(s);
    }

    /** Reads "key value" lines (cpu.stat, memory.events, pids.events) and returns the value of key, or 0. */
    static long keyed(Path file, String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                String[] kv = line.trim().split("\\s+");
                if (kv.length == 2 && kv[0].equals(key)) {
                    return parseLong(kv[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static long single(Path file) {
        try {
            return parseLong(java.nio.file.Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
