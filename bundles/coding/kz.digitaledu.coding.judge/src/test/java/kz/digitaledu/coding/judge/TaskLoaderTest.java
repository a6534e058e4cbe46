package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.digitaledu.coding.judge.internal.task.KattisTaskLoader;

class TaskLoaderTest {
    private final KattisTaskLoader loader = new KattisTaskLoader();

    @Test
    void loadsKattisPackage() throws Exception {
        Task t = loader.load(JudgeFixture.resource("tasks/aplusb"));
        assertEquals("aplusb", t.id());
        assertEquals("A қосу B", t.names().get("kk"));
        assertEquals(new Limits(1000, 64, 1 << 20), t.limits());
        assertEquals(CheckerSpec.Kind.TOKENS, t.checker().kind());
        assertEquals(List.of("sample/1", "secret/2", "secret/10"), t.tests().stream().map(TestCase::name).toList(), "natural order");
        assertEquals(List.of(1, 2, 3), t.tests().stream().map(TestCase::number).toList());
        assertTrue(t.tests().get(0).sample());
        assertTrue(!t.tests().get(1).sample());
    }

    @Test
    void floatToleranceAndCustomValidator() throws Exception {
        Task f = loader.load(JudgeFixture.resource("tasks/floatdiv"));
        assertEquals(CheckerSpec.Kind.FLOAT, f.checker().kind());
        assertEquals(1e-6, f.checker().absTolerance());
        assertEquals(1e-6, f.checker().relTolerance());
        Task c = loader.load(JudgeFixture.resource("tasks/splitsum"));
        assertEquals(CheckerSpec.Kind.PROGRAM, c.checker().kind());
        assertTrue(c.checker().program().toString().endsWith("check.py"));
    }

    @ParameterizedTest
    @CsvSource({
        "bad-toofew, TASK_TESTS_TOO_FEW",
        "bad-noanswer, TASK_TEST_MISSING_ANSWER",
        "bad-yaml, TASK_YAML_INVALID",
        "bad-limits, TASK_LIMIT_INVALID",
        "bad-noyaml, TASK_YAML_MISSING",
        "bad-validator, TASK_VALIDATOR_MISSING",
    })
    void malformedPackagesHaveMessageKeys(String dir, MessageKey key) {
        JudgeException e = assertThrows(JudgeException.class, () -> loader.load(JudgeFixture.resource("tasks/" + dir)));
        assertEquals(key, e.key(), e::toString);
    }

    @Test
    void missingDirectory() {
        JudgeException e = assertThrows(JudgeException.class, () -> loader.load(Path.of("/nonexistent/task")));
        assertEquals(MessageKey.TASK_NOT_FOUND, e.key());
    }
}
