package org.mentorbot.core.recognition;

import java.time.Instant;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.ParticipantId;

/**
 * The meetings mentors held, as recognition counts them. Today a check-in answered "we met" is
 * a meeting; the meeting log may report logged meetings here too, each under its own id.
 */
public interface MeetingCount {

    /** Counts a meeting of the pair once, however often {@code meeting} (its id) is reported, and recognises milestones. */
    void held(Pairing pairing, String meeting, Instant at);

    /** The meetings the person held as a mentor in this program. */
    int heldBy(ParticipantId mentor);
}
