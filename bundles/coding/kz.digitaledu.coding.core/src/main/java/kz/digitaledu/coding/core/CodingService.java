package kz.digitaledu.coding.core;

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
