package kz.digitaledu.platform.core.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.digitaledu.platform.api.EduPrincipal;

/**
 * Bearer tokens resolved to principals, kept for {@link #TTL_SECONDS} at most so that a request does
 * not read the token, the account and its grants again. Any change to accounts, grants or tokens on
 * this node drops every entry ({@link #changed()}); a change made on another node of a cluster
 * (a revoked token, a removed grant) takes effect here within the TTL.
 */
final class PrincipalCache {
    static final long TTL_SECONDS = 10;
    private static final int MAX_ENTRIES = 100_000;
    private static final AtomicLong GENERATION = new AtomicLong();

    private record Entry(EduPrincipal principal, long generation, Instant until) {
    }

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();

    static void changed() {
        GENERATION.incrementAndGet();
    }

    Optional<EduPrincipal> get(String tokenHash, Instant now) {
        Entry e = byTokenHash.get(tokenHash);
        if (e == null || e.generation() != GENERATION.get() || !e.until().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(e.principal());
    }

    void put(String tokenHash, EduPrincipal principal, Instant now, Instant tokenExpires) {
        if (byTokenHash.size() >= MAX_ENTRIES) {
            byTokenHash.clear();
        }
        Instant until = now.plusSeconds(TTL_SECONDS);
        byTokenHash.put(tokenHash, new Entry(principal, GENERATION.get(), until.isBefore(tokenExpires) ? until : tokenExpires));
    }
}
