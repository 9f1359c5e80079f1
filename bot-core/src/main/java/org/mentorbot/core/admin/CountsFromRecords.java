package org.mentorbot.core.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.ParticipantStore;

/**
 * The program's numbers counted from every record: what a store in memory answers at no cost, and
 * what counters kept elsewhere are built from and checked against. Reads every participant,
 * pairing, check-in, poll and response.
 */
public final class CountsFromRecords implements ProgramCounters {

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final FeedbackStore feedback;

    public CountsFromRecords(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns,
                             FeedbackStore feedback) {
        this.participants = participants;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.feedback = feedback;
    }

    @Override
    public ProgramCounts counts() {
        List<Participant> enrolled = participants.all().stream().filter(p -> p.status() != ParticipantStatus.LEFT).toList();
        Set<ParticipantId> menteesWithMentor = new HashSet<>();
        pairings.all().stream().filter(p -> p.status().isOpen()).forEach(p -> menteesWithMentor.add(p.mentee()));
        int waiting = (int) enrolled.stream()
                .filter(p -> p.isActive() && p.profile().role().isMentored() && !menteesWithMentor.contains(p.id())).count();
        List<CheckIn> sent = checkIns.all();
        List<CheckIn.Answer> answers = sent.stream().flatMap(c -> c.answered().stream()).toList();
        List<FeedbackResponse> responses = feedback.responses();
        return new ProgramCounts(
                (int) enrolled.stream().filter(p -> p.profile().role().mentors()).count(),
                (int) enrolled.stream().filter(p -> p.profile().role().isMentored()).count(),
                waiting, sent.size(), answers.size(),
                (int) answers.stream().filter(a -> a.outcome() == CheckInOutcome.MET).count(),
                (int) answers.stream().filter(a -> a.outcome() == CheckInOutcome.NEED_HELP).count(),
                (int) feedback.polls().stream().filter(p -> !p.requested()).count(), responses.size(),
                responses.stream().mapToLong(FeedbackResponse::rating).sum());
    }
}
