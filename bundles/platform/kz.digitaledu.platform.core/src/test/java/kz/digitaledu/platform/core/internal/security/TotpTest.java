package kz.digitaledu.platform.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {
    private final Totp totp = new Totp();

    /** RFC 6238 appendix B test vectors for HMAC-SHA1 (secret "12345678901234567890"), last 6 digits. */
    @Test
    void matchesRfc6238Vectors() {
        String secret = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertEquals("287082", totp.code(secret, Instant.ofEpochSecond(59)));
        assertEquals("081804", totp.code(secret, Instant.ofEpochSecond(1111111109)));
        assertEquals("050471", totp.code(secret, Instant.ofEpochSecond(1111111111)));
        assertEquals("005924", totp.code(secret, Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", totp.code(secret, Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void acceptsOneStepOfClockDriftAndEachCodeOnce() {
        String secret = totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String previous = totp.code(secret, now.minusSeconds(30));
        var step = totp.verify(secret, previous, now, -1);
        assertTrue(step.isPresent());
        assertTrue(totp.verify(secret, previous, now, step.getAsLong()).isEmpty(), "replayed code is refused");
        assertTrue(totp.verify(secret, totp.code(secret, now.minusSeconds(90)), now, -1).isEmpty(), "too old");
        assertTrue(totp.verify(secret, "12345", now, -1).isEmpty());
        assertTrue(totp.verify(secret, "abcdef", now, -1).isEmpty());
    }

    @Test
    void enrolmentUriAndQrCode() {
        String secret = totp.newSecret();
        assertEquals(32, secret.length());
        String uri = totp.otpauthUri("Digital Education", "Әсел Ахметова", secret);
        assertTrue(uri.startsWith("otpauth://totp/Digital%20Education:"), uri);
        assertTrue(uri.contains("secret=" + secret));
        byte[] png = totp.qrPng(uri, 200);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }
}
