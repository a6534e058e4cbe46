package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded package's custom checker is compiled in the sandbox before the package is accepted. */
class TaskVerificationTest {
    private static JudgeFixture fx;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(1);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    /** The splitsum package with its checker replaced by {@code file} holding {@code source}. */
    private Path withChecker(String file, String source) throws Exception {
        Path dir = tmp.resolve("splitsum");
        Path from = JudgeFixture.resource("tasks/splitsum");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("check.py")) {
                    Files.copy(p, to);
                }
            }
        }
        Files.writeString(dir.resolve("output_validators/check/" + file), source);
        return dir;
    }

    @Test
    void aCheckerThatCompilesIsAccepted() throws Exception {
        fx.engine.verifyTask(fx.task("splitsum"));
        Task cpp = fx.engine.loadTask(withChecker("check.cpp",
                "#include <cstdlib>\nint main(int argc, char** argv) { return 42; }\n"));
        fx.engine.verifyTask(cpp);
        try (Stream<Path> left = Files.list(fx.workRoot)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("checker-")).count(), "verification leaves no compiled checker");
        }
    }

    @Test
    void aCheckerThatDoesNotCompileIsRefusedWithTheCompilerMessage() throws Exception {
        Task broken = fx.engine.loadTask(withChecker("check.cpp", "int main( { return 42 }\n"));
        JudgeException e = assertThrows(JudgeException.class, () -> fx.engine.verifyTask(broken));
        assertEquals(MessageKey.TASK_VALIDATOR_COMPILE, e.key(), e::toString);
        assertTrue(String.valueOf(e.args()[0]).contains("error"), e::toString);
    }

    @Test
    void builtInCheckersNeedNothing() throws Exception {
        fx.engine.verifyTask(fx.task("aplusb"));
    }
}
