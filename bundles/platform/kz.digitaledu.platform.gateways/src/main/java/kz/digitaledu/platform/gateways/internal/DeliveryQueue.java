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

    void submit(Runnable delivery) {
        try {
            executor.execute(() -> {
                try {
                    delivery.run();
                } catch (RuntimeException e) {
                    LOG.warn("{}: a delivery failed", name, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("{}: the queue is full or closed; a notification was not sent (the in-app copy is kept)", name);
        }
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
