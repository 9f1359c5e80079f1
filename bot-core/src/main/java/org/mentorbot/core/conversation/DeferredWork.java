package org.mentorbot.core.conversation;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a chat platform must not wait for. Slack wants every request acknowledged within three
 * seconds and Teams an answer to an activity within about fifteen, and both retry when they do
 * not get one; so a command that runs long ({@link Command#runsLong()}) is acknowledged at once
 * and done here, after the acknowledgement, on a few threads of its own. Bounded: when every thread
 * is busy and the queue is full the work is refused, and the adapter tells the person to try again
 * instead of letting work pile up without limit.
 */
public final class DeferredWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeferredWork.class);

    private final String name;
    private final ThreadPoolExecutor executor;

    /** @param name names the threads and the log lines, e.g. {@code slack-after-ack} */
    public DeferredWork(String name, int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException(name + " needs at least one thread and room for one task");
        }
        this.name = name;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                task -> {
                    Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
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
                    log.error("{} failed: {}", name, what, failure);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            log.warn("{}: no room to run {}; refused", name, what);
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
