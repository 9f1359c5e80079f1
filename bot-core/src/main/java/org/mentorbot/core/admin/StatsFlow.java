package org.mentorbot.core.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.ParticipantStore;

/** The admins' view of the program: participation, meetings, satisfaction and pairs that need attention. */
public final class StatsFlow {

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final FeedbackStore feedback;
    private final Copy copy;
    private final Anonymity anonymity;

    public StatsFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback, Copy copy) {
        this(participants, pairings, checkIns, feedback, copy, Anonymity.DEFAULT);
    }

    /** Shares and averages over fewer answers than {@code anonymity} asks for are reported as withheld. */
    public StatsFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback, Copy copy,
                     Anonymity anonymity) {
        this.anonymity = anonymity;
        this.participants = participants;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.copy = copy;
    }

    public ProgramStats stats() {
        List<Participant> enrolled = participants.all().stream().filter(p -> p.status() != ParticipantStatus.LEFT).toList();
        PairingCounts pairs = pairings.counts();
        Set<ParticipantId> menteesWithMentor = new HashSet<>();
        pairings.open().forEach(p -> menteesWithMentor.add(p.mentee()));
        int waiting = (int) enrolled.stream()
                .filter(p -> p.isActive() && p.profile().role().isMentored() && !menteesWithMentor.contains(p.id())).count();
        List<CheckIn> sent = checkIns.all();
        List<CheckIn.Answer> answers = sent.stream().flatMap(c -> c.answered().stream()).toList();
        long met = answers.stream().filter(a -> a.outcome() == CheckInOutcome.MET).count();
        List<FeedbackResponse> responses = feedback.responses();
        return ProgramStats.of(
                (int) enrolled.stream().filter(p -> p.profile().role().mentors()).count(),
                (int) enrolled.stream().filter(p -> p.profile().role().isMentored()).count(),
                pairs.active(), pairs.paused(), pairs.ended(),
                waiting, sent.size(), answers.size(), (int) met,
                pairs.stalled(),
                (int) answers.stream().filter(a -> a.outcome() == CheckInOutcome.NEED_HELP).count(),
                (int) feedback.polls().stream().filter(p -> !p.requested()).count(), responses.size(),
                responses.stream().mapToLong(FeedbackResponse::rating).sum());
    }

    public Reply report() {
        return report(stats(), copy.text("stats.title"), List.of());
    }

    /** The numbers under {@code title}, followed by {@code lines} (one per program, for totals). */
    public Reply report(ProgramStats s, String title, List<String> lines) {
        return report(s, title, List.of(), lines);
    }

    /** The numbers under {@code title}, then {@code more} numbers (another feature's), then {@code lines}. */
    public Reply report(ProgramStats s, String title, List<Field> more, List<String> lines) {
        String withheld = copy.text("stats.withheld", anonymity.minimum());
        Reply.Builder reply = Reply.builder().header(title).fields(List.of(
                field("stats.mentors", s.mentors()),
                field("stats.mentees", s.mentees()),
                field("stats.activePairs", s.activePairs()),
                field("stats.pausedPairs", s.pausedPairs()),
                field("stats.endedPairs", s.endedPairs()),
                field("stats.waiting", s.menteesWaiting()),
                field("stats.checkInsSent", s.checkInsSent()),
                field("stats.checkInsAnswered", s.checkInsAnswered()),
                new Field(copy.text("stats.metShare"), s.metShare(anonymity).isPresent()
                        ? Math.round(s.metShare(anonymity).getAsDouble() * 100) + "%" : withheld),
                field("stats.stalled", s.stalledPairs()),
                field("stats.helpRequests", s.helpRequests()),
                field("stats.pollsSent", s.pollsSent()),
                field("stats.feedbackResponses", s.feedbackResponses()),
                new Field(copy.text("stats.averageRating"), s.averageRating(anonymity).isPresent()
                        ? String.format(Locale.ROOT, "%.1f / 5", s.averageRating(anonymity).getAsDouble()) : withheld)));
        reply.fields(more);
        lines.forEach(reply::text);
        return reply.build().inChannel();
    }

    private Field field(String key, int value) {
        return new Field(copy.text(key), String.valueOf(value));
    }
}
