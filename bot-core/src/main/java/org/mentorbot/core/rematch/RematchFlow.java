package org.mentorbot.core.rematch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.matching.WaitingMentee;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/**
 * A no-fault rematch: either partner ends the pairing as "not a good fit", with no reason asked
 * and an optional private note for the program admins. The partner is told kindly; both go back
 * to the pool with priority for the next round, and the two are never paired again.
 */
public final class RematchFlow {

    public static final String NOTE = "note";
    static final int MAX_NOTE = 1000;

    private final PairingStore pairings;
    private final PairingLifecycle lifecycle;
    private final ParticipantStore participants;
    private final WaitlistStore waitlist;
    private final Messenger messenger;
    private final AdminAlerts alerts;
    private final Copy copy;

    public RematchFlow(PairingStore pairings, ParticipantStore participants, WaitlistStore waitlist, Messenger messenger,
                       AdminAlerts alerts, Copy copy) {
        this.pairings = pairings;
        this.lifecycle = new PairingLifecycle(pairings);
        this.participants = participants;
        this.waitlist = waitlist;
        this.messenger = messenger;
        this.alerts = alerts;
        this.copy = copy;
    }

    /** {@code rematch}: the form for the person's one open pairing, or a button per pairing when they have several. */
    public Reply start(Actor actor) {
        List<Pairing> open = lifecycle.openPairingsOf(actor.id());
        if (open.isEmpty()) {
            return Reply.text(copy.text("rematch.none"));
        }
        if (open.size() == 1) {
            return form(open.get(0), actor.id());
        }
        return Reply.builder().text(copy.text("rematch.which"))
                .buttons(open.stream().map(p -> Button.of(copy.text("rematch.with", name(p.partnerOf(actor.id()))), ActionIds.REMATCH,
                        p.id().value())).toList())
                .build();
    }

    /** The *Not a good fit* button: the form for that pairing. */
    public Reply open(Actor actor, String pairId, Instant now) {
        Optional<Pairing> pairing = find(pairId);
        if (pairing.isEmpty() || !pairing.get().involves(actor.id())) {
            return Reply.text(copy.text("rematch.notYours"));
        }
        if (!pairing.get().status().isOpen()) {
            return Reply.text(copy.text("rematch.ended"));
        }
        return form(pairing.get(), actor.id());
    }

    /** The form submitted: ends the pairing, tells the partner, puts both back with priority, passes on the note. */
    public Reply submit(Actor actor, String pairId, Map<String, String> values, Instant now) {
        String note = values.getOrDefault(NOTE, "");
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            return Reply.formErrors(Map.of(NOTE, copy.text("error.tooLong", copy.text("field.note"), MAX_NOTE)));
        }
        Optional<Pairing> found = find(pairId);
        if (found.isEmpty() || !found.get().involves(actor.id())) {
            return Reply.text(copy.text("rematch.notYours"));
        }
        boolean[] endedNow = {false};
        Optional<Pairing> after = lifecycle.update(found.get(), p -> {
            endedNow[0] = p.status().isOpen();
            return endedNow[0] ? p.ended(new Pairing.Ending(now, actor.id(), MatchingFlow.NOT_A_GOOD_FIT)) : p;
        });
        if (after.isEmpty() || !endedNow[0]) {
            return Reply.text(copy.text("rematch.ended"));
        }
        Pairing ended = after.get();
        ParticipantId partner = ended.partnerOf(actor.id());
        for (ParticipantId member : ended.members()) {
            if (participants.find(member).map(p -> p.profile().role().isMentored()).orElse(false) || member.equals(ended.mentee())) {
                waitlist.update(member, w -> new WaitingMentee(member, w == null ? 0 : w.roundsWaited(), true));
            }
        }
        messenger.deliver(new Message(List.of(partner), Reply.builder().header(copy.text("rematch.title"))
                .text(copy.text("rematch.partner", actor.displayName())).build(), Message.Kind.NOTICE));
        if (!note.isEmpty()) {
            alerts.alert(Reply.builder().header(copy.text("rematch.adminTitle"))
                    .text(copy.text("rematch.adminNote", actor.displayName(), name(partner)))
                    .text(note).build());
        }
        return Reply.builder().header(copy.text("rematch.title")).text(copy.text("rematch.done", name(partner))).build();
    }

    private Reply form(Pairing pairing, ParticipantId me) {
        Form form = new Form(ActionIds.FORM_REMATCH, copy.text("rematch.formTitle"), copy.text("rematch.submit"), pairing.id().value(),
                List.of(new Form.Input(NOTE, copy.text("field.note"), Form.Kind.MULTILINE, false, "", List.of(), MAX_NOTE,
                        copy.text("hint.note"))),
                copy.text("rematch.intro", name(pairing.partnerOf(me))));
        return Reply.builder().text(copy.text("rematch.intro", name(pairing.partnerOf(me)))).form(form).build();
    }

    private Optional<Pairing> find(String pairId) {
        try {
            return pairings.find(new PairId(pairId));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private String name(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(id.value());
    }
}
