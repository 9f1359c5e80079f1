package org.mentorbot.slack.interaction;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that Slack must not wait for: Slack wants every command, click and event acknowledged
 * within three seconds, so anything that may send messages (a matching round, nudges, polls)
 * runs here after the acknowledgement and answers through the request's {@code response_url}.
 * Bounded: when the queue is full the work is refused, and the caller tells the person to try
 * again instead of letting requests pile up without limit.
 */
public final class AfterAck implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final ThreadPoolExecutor executor;

    public AfterAck(int threads, int queueCapacity) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                r -> {
                    Thread t = new Thread(r, "slack-after-ack-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code work} later; answers false when there is no room for it now. {@code what} names it in logs. */
    public boolean submit(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    log.error("Slack work after the acknowledgement failed: {}", what, failure);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            log.warn("No room to run {} after the acknowledgement; refused", what);
            return false;
        }
    }

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
