package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * A matching round: what it would do (the preview, which sends nothing) and doing it — each
 * proposed pair is stored atomically (a mentor's last slot cannot be given twice) and
 * introduced.
 */
public final class MatchingFlow {

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final Matcher matcher;
    private final Introducer introductions;
    private final Messenger messenger;
    private final ProgramSettings settings;
    private final IdGenerator ids;
    private final Copy copy;

    public MatchingFlow(ParticipantStore participants, PairingStore pairings, Matcher matcher, Introducer introductions,
                        Messenger messenger, ProgramSettings settings, IdGenerator ids, Copy copy) {
        this.participants = participants;
        this.pairings = pairings;
        this.matcher = matcher;
        this.introductions = introductions;
        this.messenger = messenger;
        this.settings = settings;
        this.ids = ids;
        this.copy = copy;
    }

    /** The round as it would run now. */
    public MatchPlan plan() {
        List<Pairing> all = pairings.all();
        Map<ParticipantId, Integer> load = new HashMap<>();
        Set<ParticipantId> pairedMentees = new HashSet<>();
        for (Pairing p : all) {
            if (p.status().isOpen()) {
                load.merge(p.mentor(), 1, Integer::sum);
                pairedMentees.add(p.mentee());
            }
        }
        Set<MentorMentee> previous = all.stream().map(Pairing::asMentorMentee).collect(Collectors.toSet());
        return matcher.plan(new MatchingInput(participants.all(), load, pairedMentees, previous));
    }

    /** The pairs a round would make, with scores and reasons, and who would wait and why. Sends nothing. */
    public Reply preview() {
        MatchPlan plan = plan();
        Map<ParticipantId, Participant> people = byId();
        Reply.Builder reply = Reply.builder().header(copy.text("preview.title", plan.pairs().size(), plan.unmatched().size()));
        List<Field> pairs = plan.pairs().stream().map(p -> new Field(
                copy.text("preview.pair", name(people, p.mentor()), name(people, p.mentee()), p.score()),
                p.reasons().stream().map(introductions::render).collect(Collectors.joining("; ")))).toList();
        reply.fields(pairs);
        List<Field> waiting = plan.unmatched().stream().map(u -> new Field(
                copy.text("preview.waiting", name(people, u.mentee())), copy.text("unmatched." + u.reason().name()))).toList();
        reply.fields(waiting);
        reply.text(copy.text(plan.optimal() ? "preview.optimal" : "preview.heuristic", plan.totalScore()));
        return reply.build();
    }

    /** Runs a round: stores and introduces every pair the plan proposes. */
    public RoundSummary run(Instant now) {
        MatchPlan plan = plan();
        Map<ParticipantId, Participant> people = byId();
        List<Pairing> created = new ArrayList<>();
        List<ParticipantId> unreachable = new ArrayList<>();
        int skipped = 0;
        for (ProposedPair proposed : plan.pairs()) {
            Participant mentor = people.get(proposed.mentor());
            Participant mentee = people.get(proposed.mentee());
            Pairing pairing = newPairing(proposed, mentor, mentee, now);
            if (pairings.create(pairing, mentor.profile().mentorCapacity()) != PairingStore.CreateOutcome.CREATED) {
                skipped++;
                continue;
            }
            created.add(pairing);
            Delivery delivery = messenger.deliver(new Message(pairing.members(),
                    introductions.introduce(mentor, mentee, pairing, now), Message.Kind.INTRODUCTION));
            unreachable.addAll(delivery.failed().keySet());
        }
        return new RoundSummary(created, plan.unmatched().size() + skipped, unreachable, plan.optimal());
    }

    /** What a round did. */
    public record RoundSummary(List<Pairing> created, int waiting, List<ParticipantId> unreachable, boolean optimal) {
        public RoundSummary {
            created = List.copyOf(created);
            unreachable = List.copyOf(unreachable);
        }
    }

    public Reply describe(RoundSummary summary) {
        Map<ParticipantId, Participant> people = byId();
        Reply.Builder reply = Reply.builder().header(copy.text("match.done", summary.created().size(), summary.waiting()));
        reply.fields(summary.created().stream()
                .map(p -> new Field(copy.text("match.pair"), name(people, p.mentor()) + " → " + name(people, p.mentee())))
                .toList());
        if (!summary.unreachable().isEmpty()) {
            reply.text(copy.text("match.unreachable", summary.unreachable().stream().map(id -> name(people, id))
                    .collect(Collectors.joining(", "))));
        }
        return reply.build();
    }

    private Pairing newPairing(ProposedPair proposed, Participant mentor, Participant mentee, Instant now) {
        Cadence preferred = mentee.profile().cadence() == Cadence.PROGRAM ? mentor.profile().cadence() : mentee.profile().cadence();
        Duration cadence = preferred.interval(settings.checkInInterval());
        return new Pairing(new PairId(ids.next("pair")), mentor.id(), mentee.id(), PairingStatus.ACTIVE, now,
                proposed.score(), proposed.reasons(), cadence, now.plus(settings.firstCheckInAfter()),
                now.plus(settings.feedbackAfter()), 0, false, null).withMilestoneDueAt(now);
    }

    private Map<ParticipantId, Participant> byId() {
        return participants.all().stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    private String name(Map<ParticipantId, Participant> people, ParticipantId id) {
        return Optional.ofNullable(people.get(id)).map(Participant::name).orElse(id.value());
    }
}
