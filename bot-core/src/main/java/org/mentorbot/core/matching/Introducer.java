package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
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

    /**
     * The introduction of a circle: one mentor and the mentees the round gave them, in one
     * conversation; {@code pairings} are the mentor's pairing with each.
     */
    Reply introduceCircle(Participant mentor, List<Participant> mentees, List<Pairing> pairings, Instant now);

    /** A reason in the reader's words. */
    String render(MatchReason reason);
}
