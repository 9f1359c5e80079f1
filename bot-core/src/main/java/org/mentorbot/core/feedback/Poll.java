package org.mentorbot.core.feedback;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.PollId;

/** A feedback poll put to a pair: each of the two rates the pairing once, 1 to 5, with an optional comment. */
public record Poll(PollId id, PairId pair, Instant sentAt) {

    public Poll {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
