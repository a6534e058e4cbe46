package kz.digitaledu.coding.judge;

import java.nio.file.Path;

/**
 * How the output of a test is compared with the answer.
 *
 * @param kind          comparison kind
 * @param caseSensitive tokens compared case-sensitively (TOKENS and FLOAT)
 * @param absTolerance  absolute tolerance for numbers (FLOAT), negative if unused
 * @param relTolerance  relative tolerance for numbers (FLOAT), negative if unused
 * @param program       source of a custom checker (PROGRAM), Kattis output-validator protocol
 */
public record CheckerSpec(Kind kind, boolean caseSensitive, double absTolerance, double relTolerance, Path program) {
    public enum Kind {
        /** Same lines; only line endings ("\r\n" vs "\n") and a missing final newline are ignored. */
        EXACT,
        /** Same sequence of whitespace-separated tokens (the default, as Kattis' default validator). */
        TOKENS,
        /** Tokens, numbers compared with an absolute and/or relative tolerance. */
        FLOAT,
        /** A custom checker program, run in the sandbox: exit 42 accepts, 43 rejects. */
        PROGRAM
    }

    public static final CheckerSpec TOKENS = new CheckerSpec(Kind.TOKENS, true, -1, -1, null);

    public static CheckerSpec exact() {
        return new CheckerSpec(Kind.EXACT, true, -1, -1, null);
    }

    public static CheckerSpec floats(double abs, double rel) {
        return new CheckerSpec(Kind.FLOAT, true, abs, rel, null);
    }
}
