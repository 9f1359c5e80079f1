package org.mentorbot.core.choice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.Introducer;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.matching.ProposedPair;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/**
 * Mentee choice with mentor consent: a waiting mentee gets up to {@link #SUGGESTIONS} mentors
 * with a free seat, best first, with reasons and a *Request* button each; a request holds the
 * mentor's seat until the mentor accepts (the usual introduction follows), declines, or lets
 * the program's request timeout pass; then the mentee is told kindly and gets fresh suggestions.
 */
public final class MenteeChoiceFlow {

    public static final int SUGGESTIONS = 3;
    private static final int DUE_BATCH = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private final MentorRequestStore requests;
    private final MatchingFlow matching;
    private final Introducer words;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final Messenger messenger;
    private final IdGenerator ids;
    private final Copy copy;
    private final Duration timeout;
    private final String scope;

    /**
     * @param scope what the program puts in front of ids in buttons ({@code eng~}, or nothing for {@code default})
     */
    public MenteeChoiceFlow(MentorRequestStore requests, MatchingFlow matching, Introducer words, ParticipantStore participants,
                            PairingStore pairings, Messenger messenger, IdGenerator ids, Copy copy, Duration timeout, String scope) {
        this.requests = requests;
        this.matching = matching;
        this.words = words;
        this.participants = participants;
        this.pairings = pairings;
        this.messenger = messenger;
        this.ids = ids;
        this.copy = copy;
        this.timeout = timeout;
        this.scope = scope;
    }

    /** {@code suggestions}: the mentee's suggestions, or why there are none to give. */
    public Reply suggestions(Actor actor, Instant now) {
        return refusal(actor.id()).orElseGet(() -> suggest(actor.id(), copy.text("choice.intro")));
    }

    /** The admin's {@code match} in a mentee-choice program: every waiting mentee without a pending request gets suggestions. */
    public Reply suggestAll(Instant now) {
        int sent = 0;
        int pending = 0;
        for (Participant person : participants.all()) {
            if (!person.isActive() || !person.profile().role().isMentored()) {
                continue;
            }
            Optional<Reply> refusal = refusal(person.id());
            if (refusal.isPresent()) {
                pending += pendingOf(person.id()).isPresent() ? 1 : 0;
                continue;
            }
            messenger.deliver(new Message(List.of(person.id()), suggest(person.id(), copy.text("choice.intro")), Message.Kind.NOTICE));
            sent++;
        }
        return Reply.text(copy.text("choice.sentAll", sent, pending));
    }

    /** The *Request* button: asks the mentor, holding their seat, if the mentor was suggested and the mentee has nothing pending. */
    public Reply request(Actor actor, String value, Instant now) {
        ParticipantId mentee = actor.id();
        Optional<Reply> refusal = refusal(mentee);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        ParticipantId mentor;
        try {
            mentor = new ParticipantId(value.substring(value.indexOf('~') + 1));
        } catch (IllegalArgumentException malformed) {
            return Reply.text(copy.text("choice.notSuggested"));
        }
        if (!requests.suggestions(mentee).contains(mentor)) {
            return Reply.text(copy.text("choice.notSuggested"));
        }
        Optional<ProposedPair> fit = matching.suggestions(mentee, heldSeats(), declinedOrLapsed(mentee), Integer.MAX_VALUE).stream()
                .filter(p -> p.mentor().equals(mentor)).findFirst();
        Optional<Participant> theirs = participants.find(mentor);
        if (fit.isEmpty() || theirs.isEmpty()) {
            return suggest(mentee, copy.text("choice.full", name(mentor)));
        }
        MentorRequest asked = new MentorRequest(new RequestId(ids.next("request")), mentee, mentor, MentorRequest.Status.PENDING,
                now, now.plus(timeout), fit.get().score(), fit.get().reasons(), null);
        return switch (requests.hold(asked, Math.max(1, theirs.get().profile().mentorCapacity()))) {
            case MENTEE_HAS_PENDING -> refusal(mentee).orElseGet(() -> Reply.text(copy.text("choice.notSuggested")));
            case MENTOR_FULL -> suggest(mentee, copy.text("choice.full", name(mentor)));
            case HELD -> {
                messenger.deliver(new Message(List.of(mentor), askMentor(asked, actor.displayName(), theirs.get()), Message.Kind.NOTICE));
                yield Reply.builder().text(copy.text("choice.requested", name(mentor), when(asked.dueAt(), mentee))).build().replacingOriginal();
            }
        };
    }

    /** *Accept*: the usual introduction, if the request is still pending and is the mentor's. */
    public Reply accept(Actor actor, String value, Instant now) {
        Optional<MentorRequest> found = find(value);
        Optional<Reply> refused = found.isEmpty() ? Optional.of(Reply.text(copy.text("choice.unknown"))) : answerable(found.get(), actor);
        if (refused.isPresent()) {
            return refused.get();
        }
        MentorRequest asked = found.get();
        if (!requests.resolve(asked.id(), MentorRequest.Status.ACCEPTED, now)) {
            return answerable(requests.find(asked.id()).orElse(asked), actor).orElseGet(() -> Reply.text(copy.text("choice.unknown")));
        }
        try {
            boolean paired = matching.introduce(new ProposedPair(asked.mentor(), asked.mentee(), asked.score(), asked.reasons()), now).isPresent();
            return Reply.text(copy.text(paired ? "choice.accepted" : "choice.couldNotPair", name(asked.mentee()))).replacingOriginal();
        } finally {
            requests.release(asked.id());
        }
    }

    /** *Decline*: the mentee is told kindly and gets fresh suggestions. */
    public Reply decline(Actor actor, String value, Instant now) {
        Optional<MentorRequest> found = find(value);
        Optional<Reply> refused = found.isEmpty() ? Optional.of(Reply.text(copy.text("choice.unknown"))) : answerable(found.get(), actor);
        if (refused.isPresent()) {
            return refused.get();
        }
        MentorRequest asked = found.get();
        if (!requests.resolve(asked.id(), MentorRequest.Status.DECLINED, now)) {
            return answerable(requests.find(asked.id()).orElse(asked), actor).orElseGet(() -> Reply.text(copy.text("choice.unknown")));
        }
        messenger.deliver(new Message(List.of(asked.mentee()), suggest(asked.mentee(), copy.text("choice.declined", name(asked.mentor()))),
                Message.Kind.NOTICE));
        return Reply.text(copy.text("choice.declinedMentor", name(asked.mentee()))).replacingOriginal();
    }

    /** Requests nobody answered in time lapse: the seat frees up, the mentee is told kindly and gets fresh suggestions. */
    public ExpirySummary expireDue(Instant now) {
        int expired = 0;
        while (true) {
            List<MentorRequest> due = requests.due(now, DUE_BATCH);
            int before = expired;
            for (MentorRequest asked : due) {
                if (requests.resolve(asked.id(), MentorRequest.Status.EXPIRED, now)) {
                    expired++;
                    messenger.deliver(new Message(List.of(asked.mentee()),
                            suggest(asked.mentee(), copy.text("choice.expired", name(asked.mentor()))), Message.Kind.NOTICE));
                    messenger.deliver(new Message(List.of(asked.mentor()),
                            Reply.text(copy.text("choice.expiredMentor", name(asked.mentee()))), Message.Kind.NOTICE));
                }
            }
            if (due.size() < DUE_BATCH || expired == before) {
                return new ExpirySummary(expired);
            }
        }
    }

    /** What a timeout tick did. */
    public record ExpirySummary(int expired) {
    }

    /** Why the mentee cannot ask anyone now: not a waiting mentee, already paired, or a request pending. */
    private Optional<Reply> refusal(ParticipantId mentee) {
        Optional<Participant> me = participants.find(mentee);
        if (me.isEmpty() || !me.get().isActive() || !me.get().profile().role().isMentored()) {
            return Optional.of(Reply.text(copy.text("choice.notMentee")));
        }
        if (pairings.of(mentee).stream().anyMatch(p -> p.mentee().equals(mentee) && p.status().isOpen())) {
            return Optional.of(Reply.text(copy.text("choice.hasMentor")));
        }
        return pendingOf(mentee).map(r -> Reply.text(copy.text("choice.pending", name(r.mentor()), when(r.dueAt(), mentee))));
    }

    private Optional<MentorRequest> pendingOf(ParticipantId mentee) {
        return requests.of(mentee).stream().filter(r -> r.mentee().equals(mentee) && r.status() == MentorRequest.Status.PENDING).findFirst();
    }

    /** Why the mentor cannot answer this request, or empty when they can. */
    private Optional<Reply> answerable(MentorRequest asked, Actor actor) {
        if (!asked.mentor().equals(actor.id())) {
            return Optional.of(Reply.text(copy.text("choice.notYours")));
        }
        return switch (asked.status()) {
            case PENDING -> Optional.empty();
            case EXPIRED -> Optional.of(Reply.text(copy.text("choice.timedOut", name(asked.mentee()), when(asked.answeredAt(), actor.id()))));
            case ACCEPTED, DECLINED -> Optional.of(Reply.text(copy.text("choice.alreadyAnswered", name(asked.mentee()),
                    copy.text("choice.status." + asked.status().name()))));
        };
    }

    /** Fresh suggestions under {@code intro}, remembered so that only these may be requested. */
    private Reply suggest(ParticipantId mentee, String intro) {
        List<ProposedPair> best = matching.suggestions(mentee, heldSeats(), declinedOrLapsed(mentee), SUGGESTIONS);
        requests.suggest(mentee, best.stream().map(ProposedPair::mentor).toList());
        Reply.Builder reply = Reply.builder().header(copy.text("choice.title")).text(intro);
        if (best.isEmpty()) {
            return reply.text(copy.text("choice.noneFree")).build();
        }
        List<Field> fields = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        for (ProposedPair p : best) {
            fields.add(new Field(name(p.mentor()), p.reasons().stream().map(words::render).collect(Collectors.joining("; "))));
            buttons.add(Button.of(copy.text("choice.requestButton", name(p.mentor())), ActionIds.CHOICE_REQUEST, scope + p.mentor().value()));
        }
        return reply.fields(fields).buttons(buttons).text(copy.text("choice.how", timeout.toDays())).build();
    }

    private Reply askMentor(MentorRequest asked, String menteeName, Participant mentor) {
        String reasons = asked.reasons().stream().map(words::render).collect(Collectors.joining("\n• "));
        Reply.Builder reply = Reply.builder().header(copy.text("choice.askTitle")).text(copy.text("choice.ask", menteeName));
        if (!reasons.isEmpty()) {
            reply.text(copy.text("choice.askWhy") + "\n• " + reasons);
        }
        return reply.text(copy.text("choice.askBy", when(asked.dueAt(), mentor.id())))
                .buttons(List.of(new Button(copy.text("choice.accept"), ActionIds.CHOICE_ACCEPT, asked.id().value(), org.mentorbot.core.conversation.Block.Style.PRIMARY),
                        Button.of(copy.text("choice.decline"), ActionIds.CHOICE_DECLINE, asked.id().value())))
                .build();
    }

    private Map<ParticipantId, Integer> heldSeats() {
        Map<ParticipantId, Integer> held = new HashMap<>();
        requests.holdingSeats().forEach(r -> held.merge(r.mentor(), 1, Integer::sum));
        return held;
    }

    /** Mentors who declined the mentee or let their request lapse: not suggested to them again. */
    private Set<ParticipantId> declinedOrLapsed(ParticipantId mentee) {
        return requests.of(mentee).stream().filter(r -> r.mentee().equals(mentee))
                .filter(r -> r.status() == MentorRequest.Status.DECLINED || r.status() == MentorRequest.Status.EXPIRED)
                .map(MentorRequest::mentor).collect(Collectors.toSet());
    }

    private Optional<MentorRequest> find(String value) {
        try {
            return requests.find(new RequestId(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private String when(Instant at, ParticipantId reader) {
        ZoneId zone = participants.find(reader).map(p -> p.profile().timezone()).orElse(ZoneId.of("UTC"));
        return WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private String name(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(id.value());
    }
}
