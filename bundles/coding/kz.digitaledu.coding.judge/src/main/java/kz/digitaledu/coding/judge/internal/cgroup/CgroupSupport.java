package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** Helpers shared by the v1 and v2 back-ends. */
final class CgroupSupport {
    private CgroupSupport() {
    }

    static void write(Path file, String value) throws IOException {
        Files.writeString(file, value);
    }

    static boolean tryWrite(Path file, String value) {
        try {
            Files.writeString(file, value);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static List<Long> readPids(Path procs) {
        List<Long> out = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(procs)) {
                if (!l.isBlank()) {
                    out.add(Long.parseLong(l.trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // group gone
        }
        return out;
    }

    static void killPids(List<Path> procsFiles) {
        for (int round = 0; round < 200; round++) {
            Set<Long> pids = new LinkedHashSet<>();
            for (Path p : procsFiles) {
                pids.addAll(readPids(p));
            }
            if (pids.isEmpty()) {
                return;
            }
            for (long pid : pids) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /**
     * rmdir of a cgroup directory. On a real cgroupfs the interface files vanish with the directory;
     * in a plain directory laid out like cgroupfs (tests) the files are deleted first.
     */
    static boolean removeDir(Path dir) {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                Files.deleteIfExists(dir);
                return true;
            } catch (DirectoryNotEmptyException e) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) s::iterator) {
                        if (Files.isRegularFile(f)) {
                            Files.deleteIfExists(f);
                        }
                    }
                } catch (IOException ignored) {
                    // retry
                }
            } catch (IOException e) {
                // EBUSY while the last process exits: retry shortly
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
        return false;
    }

    static void removeChildren(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> s = Files.list(parent)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                if (Files.isDirectory(f)) {
                    killPids(List.of(f.resolve("cgroup.procs")));
                    removeDir(f);
                }
            }
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
