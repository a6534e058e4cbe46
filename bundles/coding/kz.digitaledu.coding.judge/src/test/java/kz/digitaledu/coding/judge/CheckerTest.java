package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import kz.digitaledu.coding.judge.internal.check.TextChecker;

class CheckerTest {
    private static Verdict check(CheckerSpec spec, String out, String ans) {
        return new TextChecker(spec).check(out, ans).verdict();
    }

    @Test
    void tokensIgnoreWhitespace() {
        assertEquals(Verdict.AC, check(CheckerSpec.TOKENS, "1   2\n\n3  \n", "1 2 3\n"));
        assertEquals(Verdict.WA, check(CheckerSpec.TOKENS, "1 2", "1 2 3"));
        assertEquals(Verdict.WA, check(CheckerSpec.TOKENS, "1 2 3 4", "1 2 3"));
        assertEquals(Verdict.WA, check(CheckerSpec.TOKENS, "1 2 4", "1 2 3"));
        assertEquals(Verdict.WA, check(CheckerSpec.TOKENS, "", "1"));
        assertEquals(Verdict.AC, check(CheckerSpec.TOKENS, "", "\n"));
    }

    @Test
    void caseSensitivity() {
        assertEquals(Verdict.WA, check(CheckerSpec.TOKENS, "yes", "YES"));
        assertEquals(Verdict.AC, check(new CheckerSpec(CheckerSpec.Kind.TOKENS, false, -1, -1, null), "yes", "YES"));
    }

    @Test
    void exactLines() {
        assertEquals(Verdict.AC, check(CheckerSpec.exact(), "a b\r\nc\r\n", "a b\nc"));
        assertEquals(Verdict.WA, check(CheckerSpec.exact(), "a  b\nc\n", "a b\nc\n"));
        assertEquals(Verdict.WA, check(CheckerSpec.exact(), "a b\nc\n\n", "a b\nc\n"));
        assertEquals(Verdict.WA, check(CheckerSpec.exact(), "a b\n", "a b\nc\n"));
    }

    @Test
    void floatAbsoluteAndRelative() {
        CheckerSpec abs = CheckerSpec.floats(1e-6, -1);
        assertEquals(Verdict.AC, check(abs, "0.3333333", "0.333333333333"));
        assertEquals(Verdict.WA, check(abs, "0.33", "0.333333333333"));
        assertEquals(Verdict.WA, check(abs, "abc", "0.5"));
        assertEquals(Verdict.AC, check(abs, "x 1.0000000001", "x 1"));
        assertEquals(Verdict.WA, check(abs, "y 1", "x 1"));
        CheckerSpec rel = CheckerSpec.floats(-1, 1e-6);
        assertEquals(Verdict.AC, check(rel, "1000000.5", "1000000.0"));
        assertEquals(Verdict.WA, check(rel, "1000002", "1000000"));
        assertEquals(Verdict.WA, check(abs, "1000000.5", "1000000.0"));
        assertEquals(Verdict.AC, check(rel, "1e6", "1000000"));
    }
}
