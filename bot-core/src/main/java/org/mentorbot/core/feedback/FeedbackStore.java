package org.mentorbot.core.feedback;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;

/**
 * Polls and their answers. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be
 * reached, having changed nothing.
 */
public interface FeedbackStore {

    void savePoll(Poll poll);

    Optional<Poll> findPoll(PollId id);

    List<Poll> polls();

    /** The polls put to the pair, in no particular order; empty when there are none. */
    List<Poll> pollsOf(PairId pair);

    /** Whether the person already answered the poll. */
    boolean answered(PollId poll, ParticipantId by);

    /**
     * Records the response unless this person already answered this poll; answers whether it
     * was recorded. Atomic: a double submit records one response.
     */
    boolean respond(FeedbackResponse response);

    List<FeedbackResponse> responses();

    /** Erases the person's responses; the polls and everyone else's responses to them stay. */
    void deleteResponsesOf(ParticipantId person);
}
