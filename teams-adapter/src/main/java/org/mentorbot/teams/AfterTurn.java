package org.mentorbot.teams;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that Teams must not wait for: Teams wants the HTTP answer to an activity within about
 * fifteen seconds, and retries the activity when it does not get one, so a command that sends
 * many paced messages runs here after its turn has ended. Bounded: when every thread is busy
 * and the queue is full the work is refused, and the caller says so instead of letting commands
 * pile up without limit.
 */
public final class AfterTurn implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterTurn.class);

    private final ThreadPoolExecutor executor;

    public AfterTurn(int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("work after the turn needs at least one thread and room for one task");
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                task -> {
                    Thread thread = new Thread(task, "teams-after-turn-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs {@code work} later; answers false when there is no room for it now. {@code what} names it in logs. */
    public boolean submit(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    log.error("Teams work after the turn failed: {}", what, failure);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            log.warn("No room to run {} after the turn; refused", what);
            return false;
        }
    }

    /** Lets queued work finish for a while, then stops what is left. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
