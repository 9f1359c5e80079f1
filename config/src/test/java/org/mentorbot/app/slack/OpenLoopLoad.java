package org.mentorbot.app.slack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate: every request is prepared and signed before the run, sent at
 * its scheduled moment whether or not earlier ones were answered, and timed from that scheduled
 * moment to its answer, so a stall (in the server or in this sender) counts against every request
 * it delayed instead of quietly lowering the rate (no coordinated omission).
 */
final class OpenLoopLoad {

    /** One request: which target it goes to, its body and its signed headers. */
    record Shot(int target, SlackRequests.Body body, Map<String, String> headers) {
    }

    private OpenLoopLoad() {
    }

    /** Sends the shots {@code rate} a second in order and returns one result per target, named by {@code names}. */
    static List<Result> fire(List<SlackRequests> targets, List<String> names, List<Shot> shots, int rate) {
        long interval = 1_000_000_000L / rate;
        List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
        List<AtomicInteger> failures = new ArrayList<>();
        targets.forEach(t -> {
            latencies.add(new ConcurrentLinkedQueue<>());
            failures.add(new AtomicInteger());
        });
        List<CompletableFuture<?>> inFlight = new ArrayList<>(shots.size());
        long start = System.nanoTime() + Duration.ofMillis(50).toNanos();
        for (int i = 0; i < shots.size(); i++) {
            Shot shot = shots.get(i);
            long scheduled = start + i * interval;
            LockSupport.parkNanos(scheduled - System.nanoTime());
            inFlight.add(targets.get(shot.target()).sendAsync(shot.body(), shot.headers()).whenComplete((response, failure) ->
                    record(scheduled, response, failure, latencies.get(shot.target()), failures.get(shot.target()))));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        List<Result> results = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            results.add(Result.of(names.get(t), new ArrayList<>(latencies.get(t)), failures.get(t).get()));
        }
        return results;
    }

    private static void record(long scheduled, HttpResponse<String> response, Throwable failure, ConcurrentLinkedQueue<Long> latencies,
                               AtomicInteger failures) {
        if (failure != null || response.statusCode() != 200) {
            failures.incrementAndGet();
        } else {
            latencies.add(System.nanoTime() - scheduled);
        }
    }

    /** Latencies of one target in one run, in milliseconds. */
    record Result(String name, int requests, int failures, double p50, double p99, double max) {
        static Result of(String name, List<Long> nanos, int failures) {
            Collections.sort(nanos);
            return new Result(name, nanos.size(), failures, millis(nanos, 0.50), millis(nanos, 0.99),
                    nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1e6);
        }

        private static double millis(List<Long> sorted, double quantile) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%s %5d ok %d failed, p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms", name, requests, failures, p50, p99, max);
        }
    }
}
