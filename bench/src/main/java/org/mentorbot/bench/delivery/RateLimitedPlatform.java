package org.mentorbot.bench.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;

/**
 * A chat platform that takes at most {@code ratePerSecond} messages a second (a token bucket
 * holding one second's worth) and answers each call after {@code latency}; over the limit it
 * refuses with "429, retry after 1 s", as Slack and Teams do. {@link #messenger()} is the
 * bot's side: one blocking call per message, waiting as told and trying again after a 429.
 */
final class RateLimitedPlatform implements AutoCloseable {

    private final double ratePerSecond;
    private final Duration latency;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private double tokens;
    private long refilledAt = System.nanoTime();

    RateLimitedPlatform(double ratePerSecond, Duration latency) {
        this.ratePerSecond = ratePerSecond;
        this.latency = latency;
        this.tokens = ratePerSecond;
    }

    long accepted() {
        return accepted.get();
    }

    long throttled() {
        return throttled.get();
    }

    private synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(ratePerSecond, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
        refilledAt = now;
        if (tokens < 1) {
            throttled.incrementAndGet();
            return false;
        }
        tokens -= 1;
        accepted.incrementAndGet();
        return true;
    }

    /** The bot's messenger for this platform: one blocking call per message, honouring 429 + Retry-After. */
    Messenger messenger() {
        return this::post;
    }

    private Delivery post(Message message) {
        for (int attempt = 0; attempt < 20; attempt++) {
            sleep(latency);
            if (take()) {
                return Delivery.to(message.to());
            }
            sleep(Duration.ofSeconds(1));
        }
        return Delivery.failedFor(message.to(), "still rate-limited after 20 attempts");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // nothing to release: the platform lives in this JVM
    }
}
