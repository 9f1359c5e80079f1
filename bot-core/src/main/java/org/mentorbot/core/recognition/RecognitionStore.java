package org.mentorbot.core.recognition;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.people.ParticipantId;

/**
 * One program's thanks, mentors' meetings, the milestones recognised and who opted in to public
 * recognition. Every method throws {@link org.mentorbot.core.people.StoreUnavailableException}
 * when the store cannot be reached, having changed nothing.
 */
public interface RecognitionStore {

    /** Stores a new thank-you and counts it among the program's thanks sent. */
    void saveThanks(Thanks thanks);

    Optional<Thanks> findThanks(String id);

    /** Marks the thank-you shared; true only for the first caller (atomic), false when already shared or unknown. */
    boolean markShared(String id);

    /** Every thank-you the person sent, in no particular order. */
    List<Thanks> thanksFrom(ParticipantId person);

    /** Every thank-you the person received, in no particular order. */
    List<Thanks> thanksTo(ParticipantId person);

    /** How many thanks were ever sent in the program (an aggregate; erasure leaves it). */
    int thanksSent();

    /** Counts a meeting of the mentor under its id; true if it was not counted before (atomic). */
    boolean recordMeeting(ParticipantId mentor, String meeting);

    int meetingsHeld(ParticipantId mentor);

    /** Everyone who held at least one meeting as a mentor. */
    Set<ParticipantId> mentorsWithMeetings();

    /** Records that the person was recognised for {@code milestone}; true only the first time (atomic). */
    boolean markMilestone(ParticipantId person, String milestone);

    Set<String> milestonesOf(ParticipantId person);

    /** Whether the person may be named in the program's channel and listed in {@code recognition}. */
    void optIn(ParticipantId person, boolean on);

    boolean optedIn(ParticipantId person);

    Set<ParticipantId> optedIn();

    /** Erases the person's thanks (sent and received), meetings, milestones and choice (for "delete me"). */
    void forget(ParticipantId person);
}
