package kz.digitaledu.coding.judge.internal;

import java.nio.file.Path;

/**
 * Settings of the judge engine (later the typed DS configuration).
 *
 * @param workRoot          where submission work directories are created (deleted after each submission)
 * @param parallelism       tests run at the same time (bounded executor), across all submissions; default 2 x CPUs
 *                          (time limits are on cgroup CPU time, so mild oversubscription does not change verdicts)
 * @param languagesFile     operator languages.json overriding/adding to the bundled one, or null
 * @param compileCpuMs      CPU limit of a compilation
 * @param compileWallMs     wall-clock limit of a compilation
 * @param compileMemoryMb   memory limit of a compilation
 * @param compilePids       process limit of a compilation
 * @param compileOutputBytes compiler output kept/allowed
 * @param maxSourceBytes    largest accepted source
 * @param uidBase           first unprivileged host uid used for sandboxes
 * @param uidCount          number of uids rotated (one per submission)
 * @param mountsFile        /proc/self/mounts, for cgroup detection
 * @param cgroupParent      name of the judge's parent cgroup
 * @param bwrap             bubblewrap executable
 * @param setpriv           setpriv executable
 * @param pollMs            CPU-time polling interval
 * @param prepare           build languages' warm artefacts (precompiled header, javac CDS archive) in the background
 * @param compileServices   use persistent compile services (the sandboxed javac worker) where a language asks for one
 */
public record JudgeConfig(Path workRoot, int parallelism, Path languagesFile, long compileCpuMs, long compileWallMs,
                          int compileMemoryMb, int compilePids, long compileOutputBytes, int maxSourceBytes, int uidBase,
                          int uidCount, Path mountsFile, String cgroupParent, String bwrap, String setpriv, long pollMs, boolean prepare,
                          boolean compileServices) {

    public static JudgeConfig defaults() {
        return new JudgeConfig(Path.of(System.getProperty("java.io.tmpdir"), "digitaledu-judge"),
                Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), null, 10_000, 15_000, 1024, 64, 64 * 1024,
                64 * 1024, 61000, 1000, Path.of("/proc/self/mounts"), "digitaledu-judge", "/usr/bin/bwrap", "/usr/bin/setpriv", 10, true, true);
    }

    public JudgeConfig withWorkRoot(Path p) {
        return new JudgeConfig(p, parallelism, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, prepare, compileServices);
    }

    public JudgeConfig withParallelism(int n) {
        return new JudgeConfig(workRoot, n, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, prepare, compileServices);
    }

    public JudgeConfig withLanguagesFile(Path p) {
        return new JudgeConfig(workRoot, parallelism, p, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, prepare, compileServices);
    }

    public JudgeConfig withCompileLimits(long cpuMs, long wallMs, int memoryMb) {
        return new JudgeConfig(workRoot, parallelism, languagesFile, cpuMs, wallMs, memoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, prepare, compileServices);
    }

    public JudgeConfig withMountsFile(Path p) {
        return new JudgeConfig(workRoot, parallelism, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, p, cgroupParent, bwrap, setpriv, pollMs, prepare, compileServices);
    }

    public JudgeConfig withPrepare(boolean p) {
        return new JudgeConfig(workRoot, parallelism, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, p, compileServices);
    }

    public JudgeConfig withCompileServices(boolean on) {
        return new JudgeConfig(workRoot, parallelism, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, cgroupParent, bwrap, setpriv, pollMs, prepare, on);
    }

    public JudgeConfig withCgroupParent(String name) {
        return new JudgeConfig(workRoot, parallelism, languagesFile, compileCpuMs, compileWallMs, compileMemoryMb, compilePids,
                compileOutputBytes, maxSourceBytes, uidBase, uidCount, mountsFile, name, bwrap, setpriv, pollMs, prepare, compileServices);
    }
}
