package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The persistent sandboxed javac worker: compiles, reports errors, survives being killed (restarts). */
class JavacServiceTest {
    private static JudgeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(2);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.assertClean();
        fx.close();
        assertFalse(fx.engine.javacServiceRunning(), "worker stopped with the engine");
    }

    @Test
    void compilesThroughTheWarmWorkerAndRestartsIt() throws Exception {
        JudgeResult first = fx.judge("aplusb", "java", JudgeFixture.source("java/ok.java"));
        assertEquals(Verdict.AC, first.verdict(), first::toString);
        assertTrue(fx.engine.javacServiceRunning(), "compiled by the worker");
        assertEquals(0, first.compileCpuMs(), "the worker's CPU is not attributed to one submission");

        JudgeResult ce = fx.judge("aplusb", "java", JudgeFixture.source("java/ce.java"));
        assertEquals(Verdict.CE, ce.verdict());
        assertTrue(ce.compileMessage().startsWith("Main.java:1: error: incompatible types"), ce::compileMessage);

        // a class named differently from Main: javac error, not a crash of the service
        JudgeResult other = fx.judge("aplusb", "java", "public class Solution { public static void main(String[] a) {} }\n");
        assertEquals(Verdict.CE, other.verdict(), other::toString);

        kz.digitaledu.coding.judge.internal.JudgeEngineAccess.stopJavacService(fx.engine);
        assertFalse(fx.engine.javacServiceRunning());
        JudgeResult again = fx.judge("aplusb", "java", JudgeFixture.source("java/ok.java"));
        assertEquals(Verdict.AC, again.verdict(), again::toString);
        assertTrue(fx.engine.javacServiceRunning(), "restarted on demand");
    }
}
