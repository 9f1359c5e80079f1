package org.mentorbot.core.guidance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.people.PairId;

/**
 * How far a pair has got through the program's playbook: how many of its steps are behind them,
 * and — while a step is being sent, or after a send that reached nobody — until when no other
 * caller may send the next one.
 *
 * @param stepsDone   the playbook's steps already sent (or skipped), in order of age
 * @param heldUntil   no step is sent before this instant; null when nothing holds the pair
 */
public record PlaybookProgress(PairId pair, int stepsDone, Instant heldUntil) {

    public PlaybookProgress {
        Objects.requireNonNull(pair, "pair");
        if (stepsDone < 0) {
            throw new IllegalArgumentException("stepsDone cannot be negative: " + stepsDone);
        }
    }

    public Optional<Instant> held() {
        return Optional.ofNullable(heldUntil);
    }

    public boolean isHeldAt(Instant now) {
        return heldUntil != null && heldUntil.isAfter(now);
    }

    public PlaybookProgress heldUntil(Instant until) {
        return new PlaybookProgress(pair, stepsDone, until);
    }

    public PlaybookProgress done(int steps) {
        return new PlaybookProgress(pair, steps, null);
    }
}
