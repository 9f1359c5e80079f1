package org.mentorbot.teams;

import java.util.concurrent.CountDownLatch;
import org.mentorbot.core.conversation.DeferredWork;

/** Fills a pool of one thread and a queue of one: a task runs until {@code release} opens, another waits behind it. */
public final class FullPool {

    private FullPool() {
    }

    public static void fill(DeferredWork pool, CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        pool.submit("a long task", () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        pool.submit("a queued task", () -> { });
    }
}
