package kz.digitaledu.coding.judge;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A program to judge: language id (see {@link LanguageConfig#id()}) and the raw source bytes. */
public record Submission(String language, byte[] source) {
    public Submission {
        Objects.requireNonNull(language, "language");
        source = source == null ? new byte[0] : source.clone();
    }

    public static Submission of(String language, String source) {
        return new Submission(language, source == null ? null : source.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] source() {
        return source.clone();
    }
}
