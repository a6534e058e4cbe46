package kz.digitaledu.coding.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions waiting to be judged, served round-robin between users: a user who sends fifty
 * submissions does not make everyone else wait behind them. Thread-safe.
 */
public final class FairQueue {
    /** Users in the order they will be served next; each with their own waiting submissions, oldest first. */
    private final LinkedHashMap<Long, Deque<Long>> byUser = new LinkedHashMap<>();

    public synchronized void add(long accountId, long submissionId) {
        byUser.computeIfAbsent(accountId, a -> new ArrayDeque<>()).addLast(submissionId);
        notifyAll();
    }

    /** The next submission: the oldest of the user who has waited longest since being served. */
    public synchronized Optional<Long> poll() {
        var it = byUser.entrySet().iterator();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Map.Entry<Long, Deque<Long>> first = it.next();
        long account = first.getKey();
        Deque<Long> waiting = first.getValue();
        long next = waiting.pollFirst();
        it.remove();
        if (!waiting.isEmpty()) {
            byUser.put(account, waiting); // to the back of the line
        }
        return Optional.of(next);
    }

    /** Waits up to {@code millis} for a submission. */
    public synchronized Optional<Long> take(long millis) throws InterruptedException {
        if (byUser.isEmpty()) {
            wait(millis);
        }
        return poll();
    }

    public synchronized int size() {
        return byUser.values().stream().mapToInt(Deque::size).sum();
    }

    public synchronized boolean contains(long submissionId) {
        return byUser.values().stream().anyMatch(d -> d.contains(submissionId));
    }
}
