package org.mentorbot.teams.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each conversation within Teams' per-conversation rate limits. A sender reserves the
 * earliest slot that fits every {@link RateWindow} given the slots already reserved in that
 * conversation, then waits until it comes; senders to different conversations never wait
 * for each other.
 */
public final class ConversationPacer {

    private final List<RateWindow> windows;
    private final Timeline timeline;
    private final long horizon;
    private final Map<String, Deque<Long>> reserved = new ConcurrentHashMap<>();

    public ConversationPacer(List<RateWindow> windows, Timeline timeline) {
        this.windows = List.copyOf(windows);
        this.timeline = timeline;
        this.horizon = windows.stream().mapToLong(w -> w.per().toNanos()).max().orElse(0);
    }

    /** Waits until one more message may go to {@code conversationId}, and counts it. */
    public void acquire(String conversationId) throws InterruptedException {
        acquireBy(conversationId, Long.MAX_VALUE);
    }

    /**
     * Waits until one more message may go to {@code conversationId} and counts it, but only when
     * that time comes by {@code deadline} (a {@link Timeline#nanoTime} reading); otherwise counts
     * nothing, returns at once and answers false.
     */
    public boolean acquireBy(String conversationId, long deadline) throws InterruptedException {
        long slot = reserve(conversationId, deadline);
        if (slot == NO_SLOT) {
            return false;
        }
        timeline.sleep(Duration.ofNanos(slot - timeline.nanoTime()));
        return true;
    }

    private static final long NO_SLOT = Long.MIN_VALUE;

    private long reserve(String conversationId, long deadline) {
        Deque<Long> slots = reserved.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        synchronized (slots) {
            long now = timeline.nanoTime();
            while (!slots.isEmpty() && slots.peekFirst() <= now - horizon) {
                slots.pollFirst();
            }
            long slot = now;
            for (RateWindow window : windows) {
                slot = Math.max(slot, earliestIn(window, slots));
            }
            if (slot - deadline > 0) {
                return NO_SLOT;
            }
            slots.addLast(slot);
            return slot;
        }
    }

    /** The earliest time a new slot fits {@code window}: one window after the max-th most recent slot. */
    private static long earliestIn(RateWindow window, Deque<Long> slots) {
        if (slots.size() < window.max()) {
            return Long.MIN_VALUE;
        }
        Long[] ordered = slots.toArray(Long[]::new);
        return ordered[ordered.length - window.max()] + window.per().toNanos();
    }
}
