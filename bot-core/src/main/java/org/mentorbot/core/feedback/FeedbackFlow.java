package org.mentorbot.core.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.DueTime;
import org.mentorbot.core.schedule.ProgramEnd;

/**
 * Feedback polls: sent to a pair when due (or when an admin asks), and the answers — a
 * rating from 1 to 5 and an optional comment, one answer per person per poll. A poll stays the
 * pair's open poll until the next one, so asking for the form again finds the same poll. A circle
 * gets one poll, to its mentor and its active mentees together, recorded on its lead pairing;
 * each member answers it for themself.
 */
public final class FeedbackFlow {

    public static final String RATING = "rating";
    public static final String COMMENT = "comment";

    private final PairingStore pairings;
    private final DueDelivery polling;
    private final PairingLifecycle lifecycle;
    private final FeedbackStore feedback;
    private final Messenger messenger;
    private final IdGenerator ids;
    private final Copy copy;

    public FeedbackFlow(PairingStore pairings, FeedbackStore feedback, Messenger messenger, IdGenerator ids, Copy copy,
                        Clock clock) {
        this.pairings = pairings;
        this.polling = new DueDelivery(pairings, DueTime.FEEDBACK_POLL, clock);
        this.lifecycle = new PairingLifecycle(pairings);
        this.feedback = feedback;
        this.messenger = messenger;
        this.ids = ids;
        this.copy = copy;
    }

    /**
     * The scheduler's entry: polls every active pair whose poll is due at {@code now}, several
     * at a time on {@code pool}, up to {@link DueDelivery#ROUND} a call (the next call
     * takes the rest). When the program has an end, a pair polled before it is polled
     * once more at the end. Safe to call as often as you like, from several nodes at once.
     */
    public PollSummary sendDue(Instant now, ProgramEnd end, Executor pool) {
        return polling.eachDueTogether(now, pool, together -> pollIfDue(together, now, end)).stream()
                .reduce(new PollSummary(0, 0), PollSummary::plus);
    }

    /**
     * Sends the poll through the {@link DueDelivery} protocol (claimed for a short lease, so one
     * caller wins; retried after a backoff if no platform accepted it; sent by another node when
     * the lease of one that died runs out), and once it went out sets the next poll: the
     * program's end, or none.
     */
    private PollSummary pollIfDue(List<Pairing> together, Instant now, ProgramEnd end) {
        Pairing lead = together.get(0);
        Instant next = end.pollAfter(lead.feedbackDueAt()).orElse(null);
        Optional<Delivery> sent = lead.circle() == null
                ? polling.deliver(lead, now, DueDelivery.LEASE, next, () -> send(lead, now))
                : polling.deliverTogether(together, now, DueDelivery.LEASE, next, () -> send(lead, members(together), now));
        return sent.map(delivery -> new PollSummary(0, 0).plus(delivery.reachedAnyone())).orElse(new PollSummary(0, 0));
    }

    /** Polls every active pair and every circle with an active mentee now (the admin's {@code poll}). */
    public PollSummary pollAll(Instant now) {
        PollSummary summary = new PollSummary(0, 0);
        List<Pairing> all = pairings.open();
        for (Pairing pairing : all) {
            if (pairing.status() == PairingStatus.ACTIVE && pairing.circle() == null) {
                summary = summary.plus(send(pairing, now).reachedAnyone());
            }
        }
        for (Circle circle : Circle.among(all)) {
            if (!circle.active().isEmpty()) {
                summary = summary.plus(send(circle.lead().orElseThrow(), members(circle.open()), now).reachedAnyone());
            }
        }
        return summary;
    }

    /**
     * The feedback form for the person's current pairing (the {@code feedback} command): the pair's
     * open poll, so that asking again does not give a second answer in the same poll period. A
     * pair that was never polled gets a poll of its own asking, which does not count as sent.
     */
    public Reply feedbackNow(Actor actor, Instant now) {
        Optional<Pairing> pairing = lifecycle.openPairingsOf(actor.id()).stream()
                .max(Comparator.comparing(Pairing::startedAt));
        if (pairing.isEmpty()) {
            return Reply.text(copy.text("feedback.noPairing"));
        }
        Poll poll = openPoll(pairing.get().id()).orElseGet(() -> {
            Poll requested = new Poll(new PollId(ids.next("poll")), pairing.get().id(), now, true);
            feedback.savePoll(requested);
            return requested;
        });
        if (feedback.answered(poll.id(), actor.id())) {
            return Reply.text(copy.text("feedback.alreadyGiven"));
        }
        return Reply.builder().form(form(poll)).build();
    }

    /** The pair's latest poll: the one its answers belong to until the next is put to the pair. */
    private Optional<Poll> openPoll(PairId pair) {
        return feedback.pollsOf(pair).stream().max(Comparator.comparing(Poll::sentAt).thenComparing(p -> p.id().value()));
    }

    /** The form for a poll button; refuses people outside the pair. An empty value means "my current pairing". */
    public Reply open(Actor actor, String pollId, Instant now) {
        if (pollId == null || pollId.isBlank()) {
            return feedbackNow(actor, now);
        }
        Optional<Poll> poll = find(pollId);
        Optional<Pairing> pairing = poll.flatMap(p -> pairings.find(p.pair()));
        if (pairing.isEmpty()) {
            return Reply.text(copy.text("feedback.unknown"));
        }
        if (!answersTo(pairing.get(), actor.id())) {
            return Reply.text(copy.text("feedback.notYours"));
        }
        if (feedback.answered(poll.get().id(), actor.id())) {
            return Reply.text(copy.text("feedback.already")).replacingOriginal();
        }
        return Reply.builder().form(form(poll.get())).build().replacingOriginal();
    }

    /** Records a submitted poll form; names the field to fix when a value is wrong. */
    public Reply submit(Actor actor, String pollId, Map<String, String> values, Instant now) {
        Optional<Poll> poll = find(pollId);
        Optional<Pairing> pairing = poll.flatMap(p -> pairings.find(p.pair()));
        if (pairing.isEmpty()) {
            return Reply.text(copy.text("feedback.unknown"));
        }
        if (!answersTo(pairing.get(), actor.id())) {
            return Reply.text(copy.text("feedback.notYours"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        int rating = rating(values.get(RATING), errors);
        String comment = values.getOrDefault(COMMENT, "");
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > FeedbackResponse.MAX_COMMENT) {
            errors.put(COMMENT, copy.text("error.tooLong", copy.text("field.comment"), FeedbackResponse.MAX_COMMENT));
        }
        if (!errors.isEmpty()) {
            return Reply.formErrors(errors);
        }
        boolean recorded = feedback.respond(new FeedbackResponse(poll.get().id(), actor.id(), rating, comment, now));
        return Reply.text(recorded ? copy.text("feedback.thanks", rating) : copy.text("feedback.already")).replacingOriginal();
    }

    /** Whether the person may answer a poll put to this pairing: one of the two, or anyone ever in its circle. */
    private boolean answersTo(Pairing pairing, ParticipantId person) {
        return Circle.of(pairings, pairing).map(c -> c.involves(person)).orElseGet(() -> pairing.involves(person));
    }

    /** The mentor and the active mentees of a circle given as its open pairings. */
    private static List<ParticipantId> members(List<Pairing> open) {
        return Circle.members(open.stream().filter(p -> p.status() == PairingStatus.ACTIVE).toList());
    }

    /**
     * Puts a poll to the pair, each of the two on their own, as their answers are theirs. A poll
     * one of them asked for and that is still the pair's latest becomes this one, so whoever
     * answered it already is not asked again in the same period.
     */
    private Delivery send(Pairing pairing, Instant now) {
        Poll poll = openPoll(pairing.id()).filter(Poll::requested).map(p -> new Poll(p.id(), p.pair(), now))
                .orElseGet(() -> new Poll(new PollId(ids.next("poll")), pairing.id(), now));
        Reply prompt = prompt(poll, false);
        Delivery delivery = Delivery.to(List.of());
        for (ParticipantId member : pairing.members()) {
            delivery = delivery.and(feedback.answered(poll.id(), member) ? Delivery.to(List.of(member))
                    : messenger.deliver(new Message(List.of(member), prompt, Message.Kind.POLL)));
        }
        return saved(poll, delivery);
    }

    /** Puts one poll to a circle's members in their shared conversation, recorded on {@code lead} once a platform accepted it. */
    private Delivery send(Pairing lead, List<ParticipantId> to, Instant now) {
        Poll poll = new Poll(new PollId(ids.next("poll")), lead.id(), now);
        return saved(poll, messenger.deliver(new Message(to, prompt(poll, true), Message.Kind.POLL)));
    }

    private Reply prompt(Poll poll, boolean circle) {
        return Reply.builder().header(copy.text("poll.title")).text(copy.text(circle ? "circle.poll.question" : "poll.question"))
                .buttons(List.of(new Button(copy.text("poll.button"), ActionIds.FEEDBACK_OPEN, poll.id().value(), Style.PRIMARY)))
                .build();
    }

    private Delivery saved(Poll poll, Delivery delivery) {
        if (delivery.reachedAnyone()) {
            feedback.savePoll(poll);
        }
        return delivery;
    }

    private Form form(Poll poll) {
        List<Form.Choice> ratings = List.of(
                new Form.Choice(copy.text("rating.5"), "5"), new Form.Choice(copy.text("rating.4"), "4"),
                new Form.Choice(copy.text("rating.3"), "3"), new Form.Choice(copy.text("rating.2"), "2"),
                new Form.Choice(copy.text("rating.1"), "1"));
        return new Form(ActionIds.FORM_FEEDBACK, copy.text("feedback.title"), copy.text("feedback.submit"), poll.id().value(),
                List.of(new Form.Input(RATING, copy.text("field.rating"), Form.Kind.SELECT, true, "", ratings, 0, ""),
                        new Form.Input(COMMENT, copy.text("field.comment"), Form.Kind.MULTILINE, false, "", List.of(),
                                FeedbackResponse.MAX_COMMENT, copy.text("hint.comment"))));
    }

    private int rating(String raw, Map<String, String> errors) {
        try {
            int rating = Integer.parseInt(raw == null ? "" : raw.strip());
            if (rating >= 1 && rating <= 5) {
                return rating;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the field's name
        }
        errors.put(RATING, copy.text("error.rating"));
        return 0;
    }

    private Optional<Poll> find(String pollId) {
        try {
            return feedback.findPoll(new PollId(pollId));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    /** How many polls reached their pair, and how many could not be delivered. */
    public record PollSummary(int sent, int failed) {
        PollSummary plus(boolean wasSent) {
            return new PollSummary(sent + (wasSent ? 1 : 0), failed + (wasSent ? 0 : 1));
        }

        PollSummary plus(PollSummary other) {
            return new PollSummary(sent + other.sent, failed + other.failed);
        }
    }
}
