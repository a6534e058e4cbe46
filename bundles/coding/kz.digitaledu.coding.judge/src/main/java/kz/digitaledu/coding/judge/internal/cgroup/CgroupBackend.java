package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;

/** A cgroup hierarchy the judge can create limited groups in (v1 or v2). */
public interface CgroupBackend {

    /** "v1" or "v2". */
    String mode();

    /** Human-readable location, e.g. "/sys/fs/cgroup/memory/digitaledu-judge". */
    String root();

    /**
     * Creates a leaf group with the limits set.
     *
     * @param name        unique name
     * @param memoryBytes memory limit (memory+swap where supported)
     * @param pids        process/thread limit
     */
    Cgroup create(String name, long memoryBytes, int pids) throws IOException;

    /** Removes leftover groups of a previous (crashed) judge. */
    void cleanupStale();
}
