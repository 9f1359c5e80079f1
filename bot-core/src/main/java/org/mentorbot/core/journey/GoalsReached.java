package org.mentorbot.core.journey;

import java.time.Instant;
import org.mentorbot.core.pairing.Pairing;

/** Who hears that a pair reached a goal: the pair's goals moved to achieved. */
@FunctionalInterface
public interface GoalsReached {

    /** The pair marked one more goal achieved at {@code at}. */
    void goalReached(Pairing pairing, Instant at);
}
