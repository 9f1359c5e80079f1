package org.mentorbot.teams.delivery;

import java.time.Duration;

/** Elapsed time and waiting, so that pacing and backoff can be tested on a virtual clock. */
public interface Timeline {

    Timeline SYSTEM = new Timeline() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };

    /** A monotonic reading in nanoseconds; only differences mean anything. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;
}
