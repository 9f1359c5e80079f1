package org.mentorbot.core.admin;

import java.util.List;
import java.util.Locale;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.ParticipantStore;

/** The admins' view of the program: participation, meetings, satisfaction and pairs that need attention. */
public final class StatsFlow {

    private final ProgramCounters counters;
    private final PairingStore pairings;
    private final Copy copy;
    private final Anonymity anonymity;

    /** The numbers from {@code counters}; the pairings' numbers from the pairing store's counts. */
    public StatsFlow(ProgramCounters counters, PairingStore pairings, Copy copy) {
        this(counters, pairings, copy, Anonymity.DEFAULT);
    }

    /** As above; shares and averages over fewer answers than {@code anonymity} asks for are reported as withheld. */
    public StatsFlow(ProgramCounters counters, PairingStore pairings, Copy copy, Anonymity anonymity) {
        this.counters = counters;
        this.anonymity = anonymity;
        this.pairings = pairings;
        this.copy = copy;
    }

    /** Every number counted from the records (see {@link CountsFromRecords}). */
    public StatsFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback, Copy copy) {
        this(new CountsFromRecords(participants, pairings, checkIns, feedback), pairings, copy);
    }

    /** Every number counted from the records, withheld under {@code anonymity}. */
    public StatsFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, FeedbackStore feedback, Copy copy,
                     Anonymity anonymity) {
        this(new CountsFromRecords(participants, pairings, checkIns, feedback), pairings, copy, anonymity);
    }

    /** The program's numbers now, the share and the average withheld under this flow's anonymity minimum. */
    public ProgramStats stats() {
        ProgramCounts c = counters.counts();
        PairingCounts pairs = pairings.counts();
        return ProgramStats.of(anonymity, c.mentors(), c.mentees(), pairs.active(), pairs.paused(), pairs.ended(),
                c.waiting(), c.checkInsSent(), c.checkInsAnswered(), c.metAnswers(), pairs.stalled(),
                c.helpRequests(), c.pollsSent(), c.responses(), c.ratingTotal());
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
