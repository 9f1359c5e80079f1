package org.mentorbot.core.feedback;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.PollId;

/**
 * A feedback poll put to a pair: each of the two rates the pairing once, 1 to 5, with an optional
 * comment. A poll is open until the next one is put to the pair, so it is the pair's poll period.
 *
 * @param requested opened by one of the pair with {@code feedback} before the program sent a poll:
 *                  not a poll the program sent, until a poll it sends takes it over
 */
public record Poll(PollId id, PairId pair, Instant sentAt, boolean requested) {

    public Poll {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A poll the program sent. */
    public Poll(PollId id, PairId pair, Instant sentAt) {
        this(id, pair, sentAt, false);
    }
}
