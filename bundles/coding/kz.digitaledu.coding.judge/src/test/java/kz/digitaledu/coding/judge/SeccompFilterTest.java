package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

import kz.digitaledu.coding.judge.internal.sandbox.SeccompFilter;

/** Structure of the compiled BPF program (its effect is tested for real in HostileProgramsTest). */
class SeccompFilterTest {

    @Test
    void everyDeniedSyscallJumpsToEperm() {
        byte[] p = SeccompFilter.program();
        assertEquals(0, p.length % 8);
        int n = p.length / 8;
        ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
        int last = n - 1;
        assertEquals(0x06, b.getShort(last * 8) & 0xffff, "last instruction returns");
        assertEquals(0x00050001, b.getInt(last * 8 + 4), "EPERM");
        assertEquals(0x7fff0000, b.getInt((last - 1) * 8 + 4), "allow everything else");
        int jumps = 0;
        for (int i = 6; i < last - 1; i++) {
            int code = b.getShort(i * 8) & 0xffff;
            int jt = b.get(i * 8 + 2) & 0xff;
            int k = b.getInt(i * 8 + 4);
            assertEquals(0x15, code, "jeq");
            assertEquals(last, i + 1 + jt, "jumps to the EPERM return");
            assertTrue(SeccompFilter.DENIED_X86_64.containsValue(k));
            jumps++;
        }
        assertEquals(SeccompFilter.DENIED_X86_64.size(), jumps);
        assertTrue(SeccompFilter.DENIED_X86_64.containsKey("io_uring_setup") && SeccompFilter.DENIED_X86_64.containsKey("keyctl"));
    }
}
