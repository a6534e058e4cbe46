package kz.digitaledu.coding.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code limit} submissions per user in any window of {@code windowMillis}. Thread-safe. */
public final class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private final Map<Long, Deque<Long>> recent = new HashMap<>();

    public RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Records an attempt at {@code nowMillis} and answers whether it is allowed. */
    public synchronized boolean tryAcquire(long accountId, long nowMillis) {
        Deque<Long> times = recent.computeIfAbsent(accountId, a -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= nowMillis - windowMillis) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(nowMillis);
        return true;
    }
}
