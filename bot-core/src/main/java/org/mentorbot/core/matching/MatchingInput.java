package org.mentorbot.core.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;

/**
 * What a matching round decides from.
 *
 * @param participants     everyone enrolled; the matcher itself skips paused and departed people
 * @param mentorLoad       how many active or paused pairings each mentor already has
 * @param pairedMentees    mentees who already have a mentor
 * @param previousPairs    every pairing ever made, which is never made again
 * @param waiting          the waitlist: who waited how long, and who left a pairing that did not fit
 */
public record MatchingInput(
        List<Participant> participants,
        Map<ParticipantId, Integer> mentorLoad,
        Set<ParticipantId> pairedMentees,
        Set<MentorMentee> previousPairs,
        Map<ParticipantId, WaitingMentee> waiting) {

    public MatchingInput {
        participants = List.copyOf(participants);
        mentorLoad = Map.copyOf(mentorLoad);
        pairedMentees = Set.copyOf(pairedMentees);
        previousPairs = Set.copyOf(previousPairs);
        waiting = Map.copyOf(waiting);
    }

    /** A round with nobody on the waitlist. */
    public MatchingInput(List<Participant> participants, Map<ParticipantId, Integer> mentorLoad,
                         Set<ParticipantId> pairedMentees, Set<MentorMentee> previousPairs) {
        this(participants, mentorLoad, pairedMentees, previousPairs, Map.of());
    }

    public int remainingCapacity(Participant mentor) {
        return remainingCapacity(mentor, mentor.profile().mentorCapacity());
    }

    /** Seats left of {@code seats}, after the mentees the person mentors already. */
    public int remainingCapacity(Participant mentor, int seats) {
        return Math.max(0, seats - mentorLoad.getOrDefault(mentor.id(), 0));
    }
}
