package kz.digitaledu.coding.judge.internal.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Start-up detection of a cgroup hierarchy that can enforce limits: v2 if a cgroup2 mount lists the
 * memory and pids controllers and a sub-group can be created, else v1 if writable memory, pids and cpuacct
 * hierarchies are mounted, else none (the judge then refuses to judge).
 */
public final class CgroupDetector {

    /** Outcome: a back-end, or null with the reason. */
    public record Detection(CgroupBackend backend, String mode, String reason) {
    }

    private final Path mountsFile;
    private final String parentName;

    /**
     * @param mountsFile /proc/self/mounts (or a test file in the same format)
     * @param parentName name of the judge's parent group
     */
    public CgroupDetector(Path mountsFile, String parentName) {
        this.mountsFile = mountsFile;
        this.parentName = parentName;
    }

    public Detection detect() {
        List<String[]> mounts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(mountsFile)) {
                String[] f = line.split(" ");
                if (f.length >= 4) {
                    mounts.add(f);
                }
            }
        } catch (IOException e) {
            return new Detection(null, "none", "cannot read " + mountsFile + ": " + e.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        for (String[] m : mounts) {
            if (!m[2].equals("cgroup2")) {
                continue;
            }
            Path root = Path.of(unescape(m[1]));
            try {
                String controllers = Files.readString(root.resolve("cgroup.controllers"));
                Set<String> set = Set.of(controllers.trim().split("\\s+"));
                if (!set.contains("memory") || !set.contains("pids")) {
                    reasons.add("cgroup2 at " + root + " has no memory/pids controllers [" + controllers.trim() + "]");
                    continue;
                }
                probe(root);
                return new Detection(new CgroupV2(root, parentName), "v2", "cgroup2 at " + root);
            } catch (IOException | RuntimeException e) {
                reasons.add("cgroup2 at " + root + " not usable: " + e.getMessage());
            }
        }
        Map<String, Path> v1 = new HashMap<>();
        for (String[] m : mounts) {
            if (!m[2].equals("cgroup")) {
                continue;
            }
            for (String opt : m[3].split(",")) {
                if (Arrays.asList("memory", "pids", "cpuacct").contains(opt)) {
                    v1.putIfAbsent(opt, Path.of(unescape(m[1])));
                }
            }
        }
        if (v1.keySet().containsAll(List.of("memory", "pids", "cpuacct"))) {
            try {
                for (Path p : v1.values()) {
                    probe(p);
                }
                return new Detection(new CgroupV1(v1, parentName), "v1", "cgroup v1 " + v1);
            } catch (IOException | RuntimeException e) {
                reasons.add("cgroup v1 not writable: " + e.getMessage());
            }
        } else {
            reasons.add("cgroup v1 controllers mounted: " + v1.keySet());
        }
        return new Detection(null, "none", String.join("; ", reasons));
    }

    private void probe(Path root) throws IOException {
        Path probe = root.resolve(parentName + "-probe-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(probe);
        if (!CgroupSupport.removeDir(probe)) {
            throw new IOException("cannot remove probe group " + probe);
        }
    }

    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }
}
