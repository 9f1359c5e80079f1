package org.mentorbot.teams.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A timeline that only moves when someone sleeps, and remembers every wait. */
final class VirtualTimeline implements Timeline {

    private long now;
    final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        if (!duration.isNegative() && !duration.isZero()) {
            now += duration.toNanos();
        }
    }

    synchronized void advance(Duration duration) {
        now += duration.toNanos();
    }
}
