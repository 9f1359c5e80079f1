package org.mentorbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Seeding for benchmarks: {@code 0 … n-1} handed to {@code write}, spread over a few threads. */
public final class InParallel {

    private InParallel() {
    }

    /** Calls {@code write} with every index below {@code n}, on {@code threads} threads, and waits for all. */
    public static void each(int n, int threads, IntConsumer write) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(writers.submit(() -> {
                    for (int i = first; i < n; i += threads) {
                        write.accept(i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
    }
}
