package kz.digitaledu.platform.core.internal.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s; what every authenticator app
 * reads), computed by the java-otp library. Secrets are 160 random bits in Base32; enrolment is an
 * {@code otpauth://} URI shown as a QR code (ZXing).
 */
public final class Totp {
    private static final Duration STEP = Duration.ofSeconds(30);
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");
    private final SecureRandom random = new SecureRandom();

    public String newSecret() {
        byte[] b = new byte[20];
        random.nextBytes(b);
        return new Base32().encodeToString(b).replace("=", "");
    }

    public String code(String secret, Instant at) {
        try {
            int otp = generator.generateOneTimePassword(key(secret), at);
            return String.format("%06d", otp);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("bad TOTP secret", e);
        }
    }

    /**
     * The time step of a matching code within ±1 step of {@code now}, empty when none matches or the
     * step is not after {@code lastUsedStep} (a code is accepted once).
     */
    public OptionalLong verify(String secret, String code, Instant now, long lastUsedStep) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long step = now.getEpochSecond() / STEP.getSeconds();
        for (long s = step - 1; s <= step + 1; s++) {
            if (s > lastUsedStep && code(secret, Instant.ofEpochSecond(s * STEP.getSeconds())).equals(code)) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    public String otpauthUri(String issuer, String account, String secret) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    /** A PNG of the QR code for {@code text}. */
    public byte[] qrPng(String text, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SecretKeySpec key(String secret) {
        byte[] raw = new Base32().decode(secret);
        if (raw.length < 10) {
            throw new IllegalArgumentException("TOTP secret too short");
        }
        return new SecretKeySpec(raw, "HmacSHA1");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
