package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Correct, wrong, slow, memory-hungry, crashing and non-compiling solutions in each language, on A+B (3 tests). */
class LanguageVerdictsTest {
    private static final Map<String, String> EXT = Map.of("python", "py", "cpp", "cpp", "java", "java", "pascal", "pas");
    private static JudgeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(2);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.assertClean();
        fx.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "python, ok, AC", "python, wrong, WA", "python, slow, TLE", "python, memory, MLE", "python, crash, RE", "python, ce, CE",
        "cpp, ok, AC", "cpp, wrong, WA", "cpp, slow, TLE", "cpp, memory, MLE", "cpp, crash, RE", "cpp, ce, CE",
        "java, ok, AC", "java, wrong, WA", "java, slow, TLE", "java, memory, MLE", "java, crash, RE", "java, ce, CE",
        "pascal, ok, AC", "pascal, wrong, WA", "pascal, slow, TLE", "pascal, memory, MLE", "pascal, crash, RE", "pascal, ce, CE",
    })
    void verdictOnEveryTest(String lang, String kind, Verdict expected) throws Exception {
        JudgeResult r = fx.judge("aplusb", lang, JudgeFixture.source(lang + "/" + kind + "." + EXT.get(lang)));
        assertEquals(expected, r.verdict(), () -> "overall verdict: " + r);
        if (expected == Verdict.CE) {
            assertTrue(r.tests().isEmpty(), r::toString);
            assertFalse(r.compileMessage().isBlank(), "compiler message must be shown");
            assertTrue(r.compileMessage().length() <= 4100, "compiler message trimmed");
            assertEquals(null, r.compileLimit(), "an ordinary compile error, not a limit");
            return;
        }
        assertEquals(3, r.tests().size());
        for (int i = 0; i < 3; i++) {
            TestResult t = r.tests().get(i);
            assertEquals(i + 1, t.number());
            assertEquals(i == 0, t.sample());
            assertEquals(expected, t.verdict(), () -> "test " + t.number() + ": " + t);
            assertTrue(t.memoryKb() > 0, () -> "memory measured: " + t);
            switch (expected) {
                case TLE -> assertTrue(t.timeMs() >= 1000 || t.wallMs() >= 3000, () -> "TLE needs the limit used: " + t);
                case RE -> assertTrue(t.exitCode() != 0 || t.signal() != 0, t::toString);
                case MLE -> assertTrue(t.memoryKb() >= 50 * 1024, () -> "MLE at ~64 MiB: " + t);
                case AC -> assertTrue(t.timeMs() < 1000, t::toString);
                default -> { }
            }
        }
        if (expected == Verdict.RE && lang.equals("cpp")) {
            assertEquals(11, r.tests().get(0).signal(), "SIGSEGV reported");
        }
        // students see details of sample tests only
        JudgeResult student = r.forStudent();
        assertEquals(expected, student.tests().get(0).verdict());
        assertEquals(expected == Verdict.AC ? Verdict.AC : Verdict.WA, student.tests().get(1).verdict());
        assertEquals(0, student.tests().get(1).timeMs());
    }
}
