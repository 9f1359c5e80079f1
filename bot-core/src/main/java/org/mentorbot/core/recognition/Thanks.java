package org.mentorbot.core.recognition;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * A thank-you from one partner of a pair to the other, in the sender's own words (plain text,
 * at most {@link #MAX_WORDS} characters), and whether the sender chose to share it in the
 * program's channel.
 */
public record Thanks(String id, ParticipantId from, ParticipantId to, PairId pair, String words, Instant at, boolean shared) {

    public static final int MAX_WORDS = 500;

    public Thanks {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(at, "at");
        words = words == null ? "" : words.strip();
        if (id.isBlank() || from.equals(to)) {
            throw new IllegalArgumentException("thanks need an id and go to someone else");
        }
        if (words.length() > MAX_WORDS) {
            throw new IllegalArgumentException("thanks may have at most " + MAX_WORDS + " characters");
        }
    }

    public Thanks sharedNow() {
        return new Thanks(id, from, to, pair, words, at, true);
    }
}
