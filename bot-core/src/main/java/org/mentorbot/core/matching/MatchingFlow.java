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
import java.util.stream.Stream;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.CsvFile;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * A matching round: what it would do (the preview, which sends nothing) and doing it — each
 * proposed pair is stored atomically (a mentor's last slot cannot be given twice) and
 * introduced; every mentee left waiting is told so, why, and what they could change, once per
 * round, and waits with a higher priority next round.
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
    private final WaitlistStore waitlist;
    private final boolean circles;

    /** The file with a whole preview when it lists more than the message does. */
    public static final String PREVIEW_FILE = "mentorbot-match-preview.csv";
    /** The file with every new pair of a round when there are more than the message lists. */
    public static final String ROUND_FILE = "mentorbot-match-round.csv";
    static final List<String> PREVIEW_HEADER = List.of("outcome", "mentor", "mentor_id", "mentee", "mentee_id", "score", "why");
    static final List<String> ROUND_HEADER = List.of("mentor", "mentor_id", "mentee", "mentee_id", "score", "why", "not_reached");

    /** Why a pairing ended when one of the two found it was not a good fit: the two are never paired again, either way round. */
    public static final String NOT_A_GOOD_FIT = "not-a-good-fit";

    public MatchingFlow(ParticipantStore participants, PairingStore pairings, Matcher matcher, Introducer introductions,
                        Messenger messenger, ProgramSettings settings, IdGenerator ids, Copy copy, WaitlistStore waitlist) {
        this(participants, pairings, matcher, introductions, messenger, settings, ids, copy, waitlist, false);
    }

    /**
     * @param circles whether the program runs circles: each mentor's new mentees of a round meet
     *                together, in one introduction to the mentor and all of them
     */
    public MatchingFlow(ParticipantStore participants, PairingStore pairings, Matcher matcher, Introducer introductions,
                        Messenger messenger, ProgramSettings settings, IdGenerator ids, Copy copy, WaitlistStore waitlist,
                        boolean circles) {
        this.circles = circles;
        this.waitlist = waitlist;
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
        return matcher.plan(input(Map.of()));
    }

    /**
     * What a round decides from: everyone, each mentor's open pairings plus {@code heldSeats},
     * the mentees with a mentor, every earlier pair (both ways round after "not a good fit"), and
     * the waitlist.
     */
    public MatchingInput input(Map<ParticipantId, Integer> heldSeats) {
        List<Pairing> all = pairings.all();
        Map<ParticipantId, Integer> load = new HashMap<>();
        Set<ParticipantId> pairedMentees = new HashSet<>();
        for (Pairing p : all) {
            if (p.status().isOpen()) {
                load.merge(p.mentor(), 1, Integer::sum);
                pairedMentees.add(p.mentee());
            }
        }
        heldSeats.forEach((mentor, held) -> load.merge(mentor, held, Integer::sum));
        Set<MentorMentee> previous = all.stream().map(Pairing::asMentorMentee).collect(Collectors.toCollection(HashSet::new));
        all.stream().filter(p -> p.endingIfAny().map(e -> e.reason().equals(NOT_A_GOOD_FIT)).orElse(false))
                .forEach(p -> previous.add(new MentorMentee(p.mentee(), p.mentor())));
        return new MatchingInput(participants.all(), load, pairedMentees, previous, waitlist.all());
    }

    /**
     * Up to {@code limit} mentors with a free seat for the mentee, best first, with reasons; seats
     * held by pending requests count as taken, and mentors in {@code skip} are left out.
     */
    public List<ProposedPair> suggestions(ParticipantId mentee, Map<ParticipantId, Integer> heldSeats, Set<ParticipantId> skip, int limit) {
        return matcher.suggest(input(heldSeats), mentee, limit, skip);
    }

    /**
     * Stores and introduces one pair, when the store's rules allow it (the mentor's seat, the
     * mentee without a mentor, never the same pair twice); the mentee leaves the waitlist.
     */
    public Optional<Pairing> introduce(ProposedPair proposed, Instant now) {
        Participant mentor = participants.find(proposed.mentor()).orElse(null);
        Participant mentee = participants.find(proposed.mentee()).orElse(null);
        if (mentor == null || mentee == null) {
            return Optional.empty();
        }
        Pairing pairing = newPairing(proposed, mentor, mentee, now);
        if (pairings.create(pairing, Math.max(1, mentor.profile().mentorCapacity())) != PairingStore.CreateOutcome.CREATED) {
            return Optional.empty();
        }
        waitlist.remove(mentee.id());
        messenger.deliver(new Message(pairing.members(), introductions.introduce(mentor, mentee, pairing, now), Message.Kind.INTRODUCTION));
        return Optional.of(pairing);
    }

    /**
     * The pairs a round would make, with scores and reasons, and who would wait and why. Sends
     * nothing. The message lists up to {@link Reply#LISTED} of each; when there are more, every pair
     * and every waiting mentee comes as a CSV file ({@link #PREVIEW_FILE}).
     */
    public Reply preview() {
        MatchingInput input = input(Map.of());
        MatchPlan plan = matcher.plan(input);
        Map<ParticipantId, Participant> people = byId(input.participants());
        int pairs = plan.pairs().size();
        int waiting = plan.unmatched().size();
        Reply.Builder reply = Reply.builder().header(copy.text("preview.title", pairs, waiting));
        reply.fields(plan.pairs().stream().limit(Reply.LISTED).map(p -> new Field(
                copy.text("preview.pair", name(people, p.mentor()), name(people, p.mentee()), p.score()), reasons(p.reasons()))).toList());
        reply.fields(plan.unmatched().stream().limit(Reply.LISTED).map(u -> new Field(
                copy.text("preview.waiting", name(people, u.mentee())), waitingWhy(u, people))).toList());
        reply.text(copy.text(plan.optimal() ? "preview.optimal" : "preview.heuristic", plan.totalScore()));
        if (pairs > Reply.LISTED || waiting > Reply.LISTED) {
            reply.text(copy.text("preview.more", Math.min(pairs, Reply.LISTED), pairs, Math.min(waiting, Reply.LISTED), waiting,
                    PREVIEW_FILE));
            reply.attachment(previewTable(plan, people).document(PREVIEW_FILE),
                    copy.text("list.file", PREVIEW_FILE, pairs + waiting));
        }
        return reply.build();
    }

    /**
     * Every pair of the plan, then every mentee who would wait, one row each; the rows are
     * rendered on every core, as a large program's preview has a row for each of its mentees.
     */
    private CsvFile previewTable(MatchPlan plan, Map<ParticipantId, Participant> people) {
        Stream<List<String>> pairs = plan.pairs().parallelStream().map(p -> List.of("pair", name(people, p.mentor()),
                p.mentor().value(), name(people, p.mentee()), p.mentee().value(), String.valueOf(p.score()), reasons(p.reasons())));
        Stream<List<String>> waiting = plan.unmatched().parallelStream().map(u -> List.of("waits", "", "", name(people, u.mentee()),
                u.mentee().value(), "", waitingWhy(u, people)));
        return new CsvFile(PREVIEW_HEADER, Stream.concat(pairs, waiting).toList());
    }

    private String reasons(List<MatchReason> reasons) {
        return reasons.stream().map(introductions::render).collect(Collectors.joining("; "));
    }

    private String waitingWhy(Unmatched waiting, Map<ParticipantId, Participant> people) {
        return waiting.rules().isEmpty() ? copy.text("unmatched." + waiting.reason().name()) : why(waiting, people);
    }

    /** Runs a round: stores and introduces every pair the plan proposes. */
    public RoundSummary run(Instant now) {
        MatchingInput input = input(Map.of());
        MatchPlan plan = matcher.plan(input);
        Map<ParticipantId, Participant> people = byId(input.participants());
        List<Pairing> created = new ArrayList<>();
        List<ParticipantId> unreachable = new ArrayList<>();
        int skipped = 0;
        Map<ParticipantId, CircleId> circleOf = new HashMap<>();
        for (ProposedPair proposed : plan.pairs()) {
            Participant mentor = people.get(proposed.mentor());
            Participant mentee = people.get(proposed.mentee());
            Pairing pairing = newPairing(proposed, mentor, mentee, now);
            if (circles) {
                pairing = pairing.inCircle(circleOf.computeIfAbsent(mentor.id(), m -> new CircleId(ids.next("circle"))));
            }
            if (pairings.create(pairing, mentor.profile().mentorCapacity()) != PairingStore.CreateOutcome.CREATED) {
                skipped++;
                continue;
            }
            created.add(pairing);
            waitlist.remove(mentee.id());
            if (circles) {
                continue;
            }
            Delivery delivery = messenger.deliver(new Message(pairing.members(),
                    introductions.introduce(mentor, mentee, pairing, now), Message.Kind.INTRODUCTION));
            unreachable.addAll(delivery.failed().keySet());
        }
        if (circles) {
            unreachable.addAll(introduceCircles(created, people, now));
        }
        for (Unmatched waiting : plan.unmatched()) {
            waitlist.update(waiting.mentee(), w -> (w == null ? new WaitingMentee(waiting.mentee(), 0, false) : w).waitedAnotherRound());
            messenger.deliver(new Message(List.of(waiting.mentee()), waitlistNotice(waiting, people), Message.Kind.NOTICE));
        }
        Map<ParticipantId, String> names = new HashMap<>();
        created.forEach(p -> {
            names.put(p.mentor(), name(people, p.mentor()));
            names.put(p.mentee(), name(people, p.mentee()));
        });
        unreachable.forEach(id -> names.put(id, name(people, id)));
        return new RoundSummary(created, plan.unmatched().size() + skipped, unreachable, plan.optimal(), names);
    }

    /** One introduction per mentor to the mentor and every mentee the round gave them (Slack: one group DM of up to 8). */
    private List<ParticipantId> introduceCircles(List<Pairing> created, Map<ParticipantId, Participant> people, Instant now) {
        Map<ParticipantId, List<Pairing>> byMentor = new java.util.LinkedHashMap<>();
        created.forEach(p -> byMentor.computeIfAbsent(p.mentor(), m -> new ArrayList<>()).add(p));
        List<ParticipantId> unreachable = new ArrayList<>();
        byMentor.forEach((mentorId, circle) -> {
            List<ParticipantId> members = new ArrayList<>(List.of(mentorId));
            circle.forEach(p -> members.add(p.mentee()));
            Reply intro = introductions.introduceCircle(people.get(mentorId), circle.stream().map(p -> people.get(p.mentee())).toList(),
                    circle, now);
            unreachable.addAll(messenger.deliver(new Message(members, intro, Message.Kind.INTRODUCTION)).failed().keySet());
        });
        return unreachable;
    }

    /**
     * What a mentee left waiting reads after a round: that they wait, why in words, what they could
     * change. {@code people} are the round's participants by id.
     */
    private Reply waitlistNotice(Unmatched waiting, Map<ParticipantId, Participant> people) {
        Reply.Builder notice = Reply.builder().header(copy.text("waitlist.title")).text(copy.text("waitlist.still"));
        if (waiting.reason() == UnmatchedReason.CAPACITY_EXHAUSTED) {
            notice.text(copy.text("waitlist.why", copy.text("waitlist.full")));
            notice.text(copy.text("waitlist.change", copy.text("waitlist.full.change")));
        } else {
            notice.text(copy.text("waitlist.why", why(waiting, people)));
            notice.text(copy.text("waitlist.change", waiting.rules().stream().map(r -> copy.text("exclusion." + r.name() + ".change"))
                    .distinct().collect(Collectors.joining(" "))));
        }
        return notice.text(copy.text("waitlist.priority")).build();
    }

    /** Each rule that rules out every mentor, in words: the program's level gap, the languages the mentee listed. */
    private String why(Unmatched waiting, Map<ParticipantId, Participant> people) {
        String gap = String.valueOf(matcher.rules().maxLevelGap());
        String languages = Optional.ofNullable(people.get(waiting.mentee()))
                .map(p -> String.join(copy.text("exclusion.languagesOr"), p.profile().languages())).orElse("");
        return waiting.rules().stream().map(r -> copy.text("exclusion." + r.name(), gap, languages)).collect(Collectors.joining(" "));
    }

    /**
     * What a round did.
     *
     * @param names the names of everyone {@code created} and {@code unreachable} mention, as the
     *              round read them, so that describing the round reads nobody again
     */
    public record RoundSummary(List<Pairing> created, int waiting, List<ParticipantId> unreachable, boolean optimal,
                               Map<ParticipantId, String> names) {
        public RoundSummary {
            created = List.copyOf(created);
            unreachable = List.copyOf(unreachable);
            names = Map.copyOf(names);
        }

        String name(ParticipantId id) {
            return names.getOrDefault(id, id.value());
        }
    }

    /**
     * What a round did, for the admins: up to {@link Reply#LISTED} of its new pairs and of the people it
     * could not reach; when there are more, every new pair comes as a CSV file ({@link #ROUND_FILE}).
     */
    public Reply describe(RoundSummary summary) {
        List<Pairing> created = summary.created();
        Reply.Builder reply = Reply.builder().header(copy.text("match.done", created.size(), summary.waiting()));
        reply.fields(created.stream().limit(Reply.LISTED)
                .map(p -> new Field(copy.text("match.pair"), summary.name(p.mentor()) + " → " + summary.name(p.mentee())))
                .toList());
        List<ParticipantId> unreachable = summary.unreachable();
        if (!unreachable.isEmpty()) {
            String names = unreachable.stream().limit(Reply.LISTED).map(summary::name).collect(Collectors.joining(", "));
            reply.text(copy.text("match.unreachable", unreachable.size() > Reply.LISTED
                    ? copy.text("list.andMore", names, unreachable.size() - Reply.LISTED) : names));
        }
        if (created.size() > Reply.LISTED || unreachable.size() > Reply.LISTED) {
            reply.text(copy.text("match.more", Math.min(created.size(), Reply.LISTED), created.size(), ROUND_FILE));
            reply.attachment(roundTable(summary).document(ROUND_FILE),
                    copy.text("list.file", ROUND_FILE, created.size()));
        }
        return reply.build();
    }

    /** Every new pair of a round, with the one or two of them the introduction did not reach. */
    private CsvFile roundTable(RoundSummary summary) {
        Set<ParticipantId> unreachable = Set.copyOf(summary.unreachable());
        List<List<String>> rows = new ArrayList<>(summary.created().size());
        for (Pairing p : summary.created()) {
            String notReached = Stream.of(p.mentor(), p.mentee()).filter(unreachable::contains)
                    .map(summary::name).collect(Collectors.joining("; "));
            rows.add(List.of(summary.name(p.mentor()), p.mentor().value(), summary.name(p.mentee()), p.mentee().value(),
                    String.valueOf(p.score()), reasons(p.reasons()), notReached));
        }
        return new CsvFile(ROUND_HEADER, rows);
    }

    /** A new pairing; in a circles program it keeps the mentor's rhythm, which is the circle's. */
    private Pairing newPairing(ProposedPair proposed, Participant mentor, Participant mentee, Instant now) {
        Cadence preferred = circles || mentee.profile().cadence() == Cadence.PROGRAM
                ? mentor.profile().cadence() : mentee.profile().cadence();
        Duration cadence = preferred.interval(settings.checkInInterval());
        return new Pairing(new PairId(ids.next("pair")), mentor.id(), mentee.id(), PairingStatus.ACTIVE, now,
                proposed.score(), proposed.reasons(), cadence, now.plus(settings.firstCheckInAfter()),
                now.plus(settings.feedbackAfter()), 0, false, null).withMilestoneDueAt(now);
    }

    private static Map<ParticipantId, Participant> byId(List<Participant> people) {
        return people.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    private String name(Map<ParticipantId, Participant> people, ParticipantId id) {
        return Optional.ofNullable(people.get(id)).map(Participant::name).orElse(id.value());
    }
}
