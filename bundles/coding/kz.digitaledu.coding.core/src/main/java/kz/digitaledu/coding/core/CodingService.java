package kz.digitaledu.coding.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.digitaledu.coding.judge.JudgeResult;

/**
 * Submissions to programming tasks: stored before judging, judged in fair order between users,
 * re-judged after a restart if unfinished; unlimited attempts within a per-user rate limit.
 */
public interface CodingService {

    String SUBMIT = "coding.submit";
    String REJUDGE = "coding.rejudge";
    /** Upload, author, replace, download and delete tasks. */
    String MANAGE_TASKS = "coding.manage-tasks";

    /** The tasks students can solve. */
    List<TaskInfo> tasks();

    /** A task with its statement (per language) and its sample tests, for the task page. */
    Optional<TaskDetails> task(String taskId);

    /** The languages submissions may be written in, in the judge's order. */
    List<Language> languages();

    /**
     * The current user's best verdict per task they have submitted to: {@code AC} once any submission was accepted,
     * otherwise the verdict of the latest judged submission; tasks with no judged submission are absent.
     */
    Map<String, String> myVerdicts();

    /** Stores and queues a submission of the current user; bad input is refused before anything is stored. */
    SubmissionView submit(String taskId, String language, String source);

    /** A submission of the current user (teachers with {@link #REJUDGE} see all); secret tests only as passed/failed for students. */
    Optional<SubmissionView> find(long id);

    /** The current user's submissions to a task, newest first. */
    List<SubmissionView> mine(String taskId);

    /** Queues every submission of a task again; returns how many. */
    int rejudge(String taskId);

    /** Whether the current user may manage tasks ({@link #MANAGE_TASKS} in some organisation). */
    boolean canManageTasks();

    /**
     * Adds a task from a Kattis/ICPC problem package (a .zip with {@code problem.yaml} at its root or in its one
     * top-level folder). The whole package is checked first (safe paths, no links, size and entry limits,
     * {@code problem.yaml}, limits, at least 3 tests, a custom checker compiles); a bad package is refused with a
     * translated 422 ({@code task_package_invalid}) and nothing changes. An existing task is replaced only when
     * {@code replace} is set (409 otherwise); the swap is atomic and earlier submissions stay.
     *
     * @param taskId the task's id; null or blank takes the name of the zip's top-level folder
     */
    TaskInfo uploadTask(String taskId, InputStream zip, boolean replace);

    /** Writes an authored task as a Kattis package and adds it with the same checks as {@link #uploadTask}. */
    TaskInfo saveTask(TaskDraft draft, boolean replace);

    /** A task as a form to edit (409 for a task with a custom checker or tests that are not short text: upload those). */
    TaskDraft draft(String taskId);

    /** Writes the task's package as a .zip (its files under a folder named after the task). */
    void exportTask(String taskId, OutputStream out);

    /** Removes a task; its submissions stay stored. */
    void deleteTask(String taskId);

    /**
     * A task as a teacher writes it.
     *
     * @param id               lower-case letters, digits, '-' and '_', starting with a letter or digit (at most 40)
     * @param names            title per language code (kk, ru, en); at least one
     * @param statements       statement per language (Markdown or plain text), stored as {@code problem_statement/problem.<lang>.md}
     * @param timeLimitSeconds CPU time per test (0.1–30; null: 1)
     * @param memoryLimitMb    memory (16–2048 MiB; null: 256)
     * @param outputLimitMb    output size (up to 256 MiB; null: 8)
     * @param checker          {@code exact} (same lines), {@code tokens} (same words, any spacing; the default) or {@code float}
     * @param caseSensitive    whether {@code tokens} and {@code float} compare letters case-sensitively (null: yes)
     * @param absTolerance     {@code float}: absolute tolerance (null: 1e-6)
     * @param relTolerance     {@code float}: relative tolerance (null: 1e-6)
     * @param tests            at least 3; samples are shown to students with their answers
     */
    record TaskDraft(String id, Map<String, String> names, Map<String, String> statements, Double timeLimitSeconds,
            Integer memoryLimitMb, Double outputLimitMb, String checker, Boolean caseSensitive, Double absTolerance,
            Double relTolerance, List<TestDraft> tests) {
    }

    /** One test of an authored task: its input, the expected output, and whether it is a sample. */
    record TestDraft(String input, String output, boolean sample) {
    }

    record TaskInfo(String id, Map<String, String> name, double timeLimitSeconds, int memoryLimitMb, int tests) {
    }

    /**
     * A task for its page.
     *
     * @param statements the statement text per language code ("kk", "ru", "en"), from the package's
     *                   {@code problem_statement/problem.<lang>.md} (or {@code .txt}); empty when the package has none
     * @param samples    the sample tests' input and expected output
     */
    record TaskDetails(TaskInfo info, Map<String, String> statements, List<Sample> samples) {
    }

    record Sample(int number, String input, String output) {
    }

    /** A programming language: the id used in submissions ("python") and its display name ("Python 3.11"). */
    record Language(String id, String name) {
    }

    enum Status { QUEUED, RUNNING, DONE }

    record SubmissionView(long id, long accountId, String taskId, String language, Status status, String verdict,
            JudgeResult result, Instant createdAt, Instant finishedAt) {
    }
}
