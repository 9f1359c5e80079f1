package org.mentorbot.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the mentoring program as a whole ends, if it has an end: from then on pairs get no more
 * check-in nudges, and each open pair is asked for its feedback one last time.
 */
public record ProgramEnd(Optional<Instant> at) {

    public static final ProgramEnd NEVER = new ProgramEnd(Optional.empty());

    public ProgramEnd {
        Objects.requireNonNull(at, "at");
    }

    public static ProgramEnd at(Instant instant) {
        return new ProgramEnd(Optional.of(instant));
    }

    /** Whether the program is over at {@code now}. */
    public boolean hasPassed(Instant now) {
        return at.map(end -> !now.isBefore(end)).orElse(false);
    }

    /**
     * When the next feedback poll is due after one that was due at {@code due}: at the program's
     * end if that is still ahead of it, else never (empty).
     */
    public Optional<Instant> pollAfter(Instant due) {
        return at.filter(end -> end.isAfter(due));
    }
}
