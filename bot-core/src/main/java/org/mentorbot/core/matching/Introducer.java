package org.mentorbot.core.matching;

import java.time.Instant;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Participant;

/**
 * What a matching round needs from the introductions feature: the message that starts a new
 * pairing, and a match reason in words. Matching owns this port so that it never imports the
 * feature that renders introductions.
 */
public interface Introducer {

    /** The introduction for a pairing just made, suggesting a first meeting after {@code now}. */
    Reply introduce(Participant mentor, Participant mentee, Pairing pairing, Instant now);

    /** A reason in the reader's words. */
    String render(MatchReason reason);
}
