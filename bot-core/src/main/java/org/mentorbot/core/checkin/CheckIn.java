package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * One "did you meet?" prompt that reached a pair, and the pair's answer once one of them gave it.
 * The first answer counts; later presses are told what was already answered.
 *
 * @param answer null until answered
 */
public record CheckIn(CheckInId id, PairId pair, Instant sentAt, Answer answer) {

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    public Optional<Answer> answered() {
        return Optional.ofNullable(answer);
    }

    /** Who answered what, and when. */
    public record Answer(CheckInOutcome outcome, ParticipantId by, Instant at) {
        public Answer {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
