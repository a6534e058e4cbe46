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

    enum Status { QUEUED, RUNNING, DONE }

    record SubmissionView(long id, long accountId, String taskId, String language, Status status, String verdict,
            JudgeResult result, Instant createdAt, Instant finishedAt) {
    }
}
