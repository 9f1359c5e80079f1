package org.mentorbot.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs one task on several threads at once, for tests of the stores' atomicity: every runner
 * waits at a start gate until all are ready, then all are released together. The answers come
 * back in runner order; a runner that fails or takes longer than a few seconds fails the race.
 */
public final class Race {

    private static final long PATIENCE_SECONDS = 20;

    private Race() {
    }

    public static <T> List<T> run(int runners, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            CountDownLatch ready = new CountDownLatch(runners);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                int runner = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.apply(runner);
                }));
            }
            ready.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
