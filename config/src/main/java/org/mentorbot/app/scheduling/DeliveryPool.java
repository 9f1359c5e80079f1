package org.mentorbot.app.scheduling;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded set of threads that deliver due nudges and polls side by side. A round of due
 * work hands each pair to this pool and waits for all of them, so the platform's rate limit,
 * not the round trip of one blocking call, decides how fast a large round goes out.
 */
public final class DeliveryPool implements AutoCloseable {

    private final ExecutorService executor;

    public DeliveryPool(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "mentorbot-delivery-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(threads, named);
    }

    public ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
