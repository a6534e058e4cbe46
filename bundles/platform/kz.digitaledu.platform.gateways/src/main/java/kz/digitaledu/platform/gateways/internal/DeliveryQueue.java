package kz.digitaledu.platform.gateways.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One background thread per gateway and a bounded queue: deliveries never block the person who caused them. */
final class DeliveryQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueue.class);
    private final String name;
    private final ThreadPoolExecutor executor;

    DeliveryQueue(String name, int capacity) {
        this.name = name;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, capacity)), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** One message to send; throws when the gateway refuses it or cannot be reached. */
    @FunctionalInterface
    interface Sending {
        void send() throws Exception;
    }

    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    private volatile String lastFailure;
    private volatile java.time.Instant lastFailureAt;

    /** Queues a message; {@code what} names it in the log (account and category, never the address or the text). */
    void submit(String what, Sending sending) {
        try {
            executor.execute(() -> {
                try {
                    sending.send();
                    sent.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    lastFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    lastFailureAt = java.time.Instant.now();
                    LOG.warn("{}: {} failed: {}", name, what, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            dropped.incrementAndGet();
            LOG.warn("{}: the queue is full or closed; {} was not sent (the in-app copy is kept)", name, what);
        }
    }

    /** What the gateway did since it started, for {@code /api/health}. */
    java.util.Map<String, Object> state() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("sent", sent.get());
        m.put("failed", failed.get());
        m.put("dropped", dropped.get());
        m.put("queued", executor.getQueue().size());
        if (lastFailureAt != null) {
            m.put("lastFailure", lastFailure);
            m.put("lastFailureAt", lastFailureAt.toString());
        }
        return m;
    }

    /** Sends what is queued for up to ten seconds more, then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("{}: {} notifications were still queued when the gateway stopped", name, executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
