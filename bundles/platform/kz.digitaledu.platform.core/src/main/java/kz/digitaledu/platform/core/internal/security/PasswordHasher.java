package kz.digitaledu.platform.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle's implementation) in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. The defaults are OWASP's minimum
 * recommendation for Argon2id (19 MiB, 2 iterations, 1 lane); stored hashes keep their own
 * parameters, so raising them later only affects new hashes ({@link #needsRehash}).
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(19 * 1024, 2, 1);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("bad Argon2 parameters");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code encoded}; false for any malformed hash. */
    public boolean verify(char[] password, String encoded) {
        Parsed p = parse(encoded);
        if (p == null) {
            return false;
        }
        byte[] actual = derive(password, p.salt, p.m, p.t, p.p, p.hash.length);
        return MessageDigest.isEqual(actual, p.hash);
    }

    /** Whether {@code encoded} was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String encoded) {
        Parsed p = parse(encoded);
        return p == null || p.m < memoryKib || p.t < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t).withParallelism(p)
                .withSalt(salt).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        gen.generateBytes(pw, out);
        java.util.Arrays.fill(pw, (byte) 0);
        return out;
    }

    private record Parsed(int m, int t, int p, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        String[] parts = encoded.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return null;
        }
        try {
            int m = -1;
            int t = -1;
            int p = -1;
            for (String kv : parts[3].split(",")) {
                String[] e = kv.split("=", 2);
                int v = Integer.parseInt(e[1]);
                switch (e[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return null;
                    }
                }
            }
            if (m < 8 || t < 1 || p < 1 || m > 4 * 1024 * 1024) {
                return null;
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] hash = B64D.decode(parts[5]);
            if (salt.length < 8 || hash.length < 16) {
                return null;
            }
            return new Parsed(m, t, p, salt, hash);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
