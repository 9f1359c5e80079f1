package org.mentorbot.core.schedule;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;

/**
 * A time on a pairing at which something falls due for the pair — the next check-in nudge, the
 * feedback poll, the next journey milestone — read and moved on the pairing, with the count of its deliveries in a row that
 * no platform accepted.
 */
public enum DueTime {

    NEXT_CHECK_IN(DueIndex.CHECK_IN, Pairing::nextCheckInAt, Pairing::withNextCheckInAt,
            Pairing::checkInFailures, Pairing::withCheckInFailures),
    FEEDBACK_POLL(DueIndex.FEEDBACK, Pairing::feedbackDueAt, Pairing::withFeedbackDueAt,
            Pairing::pollFailures, Pairing::withPollFailures),
    /** The next look at the pair's journey: a goals prompt, the mid-point review, the closing reflection, the not-started flag. */
    MILESTONE(DueIndex.MILESTONE, Pairing::milestoneDueAt, Pairing::withMilestoneDueAt,
            Pairing::milestoneFailures, Pairing::withMilestoneFailures);

    private final DueIndex index;
    private final Function<Pairing, Instant> read;
    private final BiFunction<Pairing, Instant, Pairing> move;
    private final ToIntFunction<Pairing> failures;
    private final BiFunction<Pairing, Integer, Pairing> count;

    DueTime(DueIndex index, Function<Pairing, Instant> read, BiFunction<Pairing, Instant, Pairing> move,
            ToIntFunction<Pairing> failures, BiFunction<Pairing, Integer, Pairing> count) {
        this.index = index;
        this.read = read;
        this.move = move;
        this.failures = failures;
        this.count = count;
    }

    /** The store's index of this due time. */
    public DueIndex index() {
        return index;
    }

    /** When it is due on the pairing; null when nothing more is. */
    public Instant of(Pairing pairing) {
        return read.apply(pairing);
    }

    /** Whether it is due on the pairing at {@code now}. */
    public boolean isDue(Pairing pairing, Instant now) {
        Instant due = of(pairing);
        return due != null && !due.isAfter(now);
    }

    /** The pairing with this due time at {@code due} (null: nothing more due). */
    public Pairing movedTo(Pairing pairing, Instant due) {
        return move.apply(pairing, due);
    }

    /** How many of its deliveries in a row no platform accepted. */
    public int failures(Pairing pairing) {
        return failures.applyAsInt(pairing);
    }

    public Pairing withFailures(Pairing pairing, int failuresRunning) {
        return count.apply(pairing, failuresRunning);
    }
}
