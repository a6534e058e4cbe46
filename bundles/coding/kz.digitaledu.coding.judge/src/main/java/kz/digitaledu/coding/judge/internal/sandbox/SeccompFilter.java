package kz.digitaledu.coding.judge.internal.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

/**
 * A classic-BPF seccomp deny list handed to bubblewrap ({@code --seccomp FD}), applied just before the program
 * is exec'd: syscalls a judged program never needs and that open cross-sandbox side channels or kernel attack
 * surface (keyrings, io_uring, bpf, perf, ptrace, userfaultfd, namespaces and mounts, modules, kexec, clock and
 * reboot) fail with EPERM; other architectures' syscall ABIs are refused. x86_64 only (elsewhere no filter is
 * installed and health says so).
 */
public final class SeccompFilter {
    /** x86_64 syscall numbers. */
    public static final Map<String, Integer> DENIED_X86_64;

    static {
        Map<String, Integer> m = new TreeMap<>();
        m.put("ptrace", 101);
        m.put("syslog", 103);
        m.put("pivot_root", 155);
        m.put("adjtimex", 159);
        m.put("acct", 163);
        m.put("settimeofday", 164);
        m.put("mount", 165);
        m.put("umount2", 166);
        m.put("swapon", 167);
        m.put("swapoff", 168);
        m.put("reboot", 169);
        m.put("init_module", 175);
        m.put("delete_module", 176);
        m.put("quotactl", 179);
        m.put("lookup_dcookie", 212);
        m.put("clock_settime", 227);
        m.put("kexec_load", 246);
        m.put("add_key", 248);
        m.put("request_key", 249);
        m.put("keyctl", 250);
        m.put("unshare", 272);
        m.put("perf_event_open", 298);
        m.put("fanotify_init", 300);
        m.put("name_to_handle_at", 303);
        m.put("open_by_handle_at", 304);
        m.put("clock_adjtime", 305);
        m.put("setns", 308);
        m.put("process_vm_readv", 310);
        m.put("process_vm_writev", 311);
        m.put("finit_module", 313);
        m.put("kexec_file_load", 320);
        m.put("bpf", 321);
        m.put("userfaultfd", 323);
        m.put("io_uring_setup", 425);
        m.put("io_uring_enter", 426);
        m.put("io_uring_register", 427);
        m.put("open_tree", 428);
        m.put("move_mount", 429);
        m.put("fsopen", 430);
        m.put("fsconfig", 431);
        m.put("fsmount", 432);
        m.put("fspick", 433);
        m.put("mount_setattr", 442);
        DENIED_X86_64 = Map.copyOf(m);
    }

    private static final int LD_W_ABS = 0x20;
    private static final int JEQ_K = 0x15;
    private static final int JGE_K = 0x35;
    private static final int RET_K = 0x06;
    private static final int AUDIT_ARCH_X86_64 = 0xC000003E;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_KILL_PROCESS = 0x80000000;
    private static final int RET_EPERM = 0x00050000 | 1;
    private static final int X32_SYSCALL_BIT = 0x40000000;

    private SeccompFilter() {
    }

    /** Whether a filter is available for this JVM's architecture. */
    public static boolean supported() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) || "x86_64".equals(arch);
    }

    /** The compiled program: struct sock_filter[] in native (little-endian) byte order. */
    public static byte[] program() {
        int n = DENIED_X86_64.size();
        int total = 6 + n + 2;
        ByteBuffer b = ByteBuffer.allocate(total * 8).order(ByteOrder.LITTLE_ENDIAN);
        int last = total - 1;
        insn(b, LD_W_ABS, 0, 0, 4);                       // 0: A = arch
        insn(b, JEQ_K, 1, 0, AUDIT_ARCH_X86_64);          // 1: x86_64 ? skip 1
        insn(b, RET_K, 0, 0, RET_KILL_PROCESS);           // 2: other ABI: kill
        insn(b, LD_W_ABS, 0, 0, 0);                       // 3: A = nr
        insn(b, JGE_K, 0, 1, X32_SYSCALL_BIT);            // 4: x32 ABI ? next : skip 1
        insn(b, RET_K, 0, 0, RET_EPERM);                  // 5
        int i = 6;
        for (int nr : DENIED_X86_64.values().stream().sorted().toList()) {
            insn(b, JEQ_K, last - i - 1, 0, nr);          // i: denied ? jump to EPERM
            i++;
        }
        insn(b, RET_K, 0, 0, RET_ALLOW);                  // last-1
        insn(b, RET_K, 0, 0, RET_EPERM);                  // last
        return b.array();
    }

    private static void insn(ByteBuffer b, int code, int jt, int jf, int k) {
        b.putShort((short) code).put((byte) jt).put((byte) jf).putInt(k);
    }

    /** Writes the program (root-only readable; the sandbox wrapper opens it as root) and returns its path. */
    public static Path write(Path dir) throws IOException {
        Path f = dir.resolve("seccomp-x86_64.bpf");
        Path tmp = dir.resolve("seccomp-x86_64.bpf.tmp");
        Files.write(tmp, program());
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return f;
    }
}
