package kz.digitaledu.coding.judge;

import java.nio.file.Path;
import java.util.List;

/**
 * The judge: compiles a submission once in a sandbox and runs it on every test of a task in
 * parallel sandboxes (bubblewrap namespaces + cgroup limits). Thread-safe.
 */
public interface Judge {

    /**
     * Judges a submission. Blocks until the full verdict is known.
     *
     * @throws JudgeException for bad input (empty/oversized/binary source, unknown language) or when the
     *                        sandbox cannot enforce limits ({@link MessageKey#SANDBOX_UNAVAILABLE}); never runs unlimited
     */
    JudgeResult judge(Task task, Submission submission) throws JudgeException;

    /** Loads and validates a Kattis/ICPC problem package (at least 3 tests, valid limits). */
    Task loadTask(Path packageDir) throws JudgeException;

    /**
     * Checks what loading cannot: a custom checker program ({@link CheckerSpec.Kind#PROGRAM}) is compiled in the
     * sandbox ({@link MessageKey#TASK_VALIDATOR_COMPILE} when it does not compile). Nothing to do for the built-in checkers.
     *
     * @throws JudgeException also when the sandbox cannot run the compiler ({@link MessageKey#SANDBOX_UNAVAILABLE})
     */
    void verifyTask(Task task) throws JudgeException;

    /** Status: cgroup mode detected at start-up, bubblewrap, languages. */
    JudgeHealth health();

    /** Configured languages. */
    List<LanguageConfig> languages();
}
