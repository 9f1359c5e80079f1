package org.mentorbot.core.recognition;

import java.time.Instant;
import org.mentorbot.core.pairing.Pairing;

/** What the goals feature reports so that the mentor is recognised: the mentee of the pair reached a goal. */
public interface GoalRecognition {

    /** Recognises the pair's mentor, once per mentee. */
    void goalAchieved(Pairing pairing, Instant at);
}
