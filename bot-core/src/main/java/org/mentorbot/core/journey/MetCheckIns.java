package org.mentorbot.core.journey;

import java.time.Instant;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/** The check-in side of a logged meeting: it answers the pair's open check-in "we met", if there is one. */
@FunctionalInterface
public interface MetCheckIns {

    /** Answers the pair's latest unanswered check-in "we met" on behalf of {@code by}; false when there was none. */
    boolean answerMet(PairId pair, ParticipantId by, Instant now);
}
