package org.mentorbot.core.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.checkin.CheckInFlow.NudgeSummary;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.DeliveryWindow;
import org.mentorbot.core.schedule.DueDelivery;

/**
 * Sends one pair its nudge, exactly once however often and wherever it is asked to, through the
 * {@link DueDelivery} protocol on the pairing's next check-in: a nudge due outside the pair's
 * working hours is deferred to the first slot inside both people's hours; otherwise it is claimed
 * for the cadence (at most {@link DueDelivery#LEASE}), sent, recorded as a check-in once a
 * platform accepted it, and the next one set a full cadence ahead. A circle gets one nudge, to
 * its mentor and its active mentees together, recorded as one check-in on its lead pairing.
 */
final class Nudges {

    private final DueDelivery delivery;
    private final CheckInStore checkIns;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final DeliveryWindow window;
    private final IdGenerator ids;

    Nudges(DueDelivery delivery, CheckInStore checkIns, ParticipantStore participants, Messenger messenger,
           DeliveryWindow window, IdGenerator ids) {
        this.delivery = delivery;
        this.checkIns = checkIns;
        this.participants = participants;
        this.messenger = messenger;
        this.window = window;
        this.ids = ids;
    }

    interface Prompt {
        Reply of(CheckInId id, Pairing pairing, Participant mentor, Participant mentee);
    }

    interface CirclePrompt {
        Reply of(CheckInId id, Participant mentor, List<Participant> mentees);
    }

    NudgeSummary nudge(Pairing pairing, Instant now, boolean evenOutsideHours, Prompt prompt) {
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return waitForMembers(pairing, now);
        }
        Instant earliest = window.earliest(mentor.get().profile().timezone(), mentee.get().profile().timezone(), now);
        if (!evenOutsideHours && earliest.isAfter(now)) {
            return delivery.defer(pairing, earliest) ? NudgeSummary.oneDeferred() : NudgeSummary.NONE;
        }
        Duration lease = min(pairing.cadence(), DueDelivery.LEASE);
        return delivery.deliver(pairing, now, lease, now.plus(pairing.cadence()),
                        () -> send(pairing, now, prompt, mentor.get(), mentee.get()))
                .map(sent -> sent.reachedAnyone()
                        ? NudgeSummary.oneSent(sent.failed().keySet())
                        : NudgeSummary.oneFailed(sent.failed().keySet()))
                .orElse(NudgeSummary.NONE);
    }

    /**
     * A pair still active while a member is not (a pause cut short between the person and their
     * pairings, or a person no longer on record) gets no nudge, and is looked at again a lease
     * later rather than on every tick.
     */
    private NudgeSummary waitForMembers(Pairing pairing, Instant now) {
        delivery.defer(pairing, now.plus(DueDelivery.LEASE));
        return NudgeSummary.NONE;
    }

    /**
     * Nudges a circle, given as its open pairings lowest id first: once, to the mentor and every
     * active mentee, when it is inside working hours for each mentee with the mentor (the latest of
     * those windows otherwise); claimed on all the pairings through {@link DueDelivery#deliverTogether}.
     */
    NudgeSummary nudgeTogether(List<Pairing> open, Instant now, boolean evenOutsideHours, CirclePrompt prompt) {
        Optional<Participant> mentor = participants.find(open.get(0).mentor()).filter(Participant::isActive);
        List<Participant> mentees = open.stream().filter(p -> p.status() == PairingStatus.ACTIVE)
                .flatMap(p -> participants.find(p.mentee()).stream()).filter(Participant::isActive).toList();
        if (mentor.isEmpty() || mentees.isEmpty()) {
            return waitForMembers(open.get(0), now);
        }
        Instant earliest = mentees.stream()
                .map(m -> window.earliest(mentor.get().profile().timezone(), m.profile().timezone(), now))
                .max(Comparator.naturalOrder()).orElse(now);
        Pairing lead = open.get(0);
        if (!evenOutsideHours && earliest.isAfter(now)) {
            return delivery.defer(lead, earliest) ? NudgeSummary.oneDeferred() : NudgeSummary.NONE;
        }
        Duration lease = min(lead.cadence(), DueDelivery.LEASE);
        return delivery.deliverTogether(open, now, lease, now.plus(lead.cadence()),
                        () -> sendTogether(lead, now, prompt, mentor.get(), mentees))
                .map(sent -> sent.reachedAnyone()
                        ? NudgeSummary.oneSent(sent.failed().keySet())
                        : NudgeSummary.oneFailed(sent.failed().keySet()))
                .orElse(NudgeSummary.NONE);
    }

    private Delivery sendTogether(Pairing lead, Instant now, CirclePrompt prompt, Participant mentor, List<Participant> mentees) {
        CheckInId id = new CheckInId(ids.next("checkin"));
        List<ParticipantId> to = new ArrayList<>(List.of(mentor.id()));
        mentees.forEach(m -> to.add(m.id()));
        Delivery delivery = messenger.deliver(new Message(to, prompt.of(id, mentor, mentees), Message.Kind.CHECK_IN));
        if (delivery.reachedAnyone()) {
            checkIns.save(new CheckIn(id, lead.id(), now, null));
        }
        return delivery;
    }

    private Delivery send(Pairing pairing, Instant now, Prompt prompt, Participant mentor, Participant mentee) {
        CheckInId id = new CheckInId(ids.next("checkin"));
        Delivery delivery = messenger.deliver(new Message(pairing.members(), prompt.of(id, pairing, mentor, mentee), Message.Kind.CHECK_IN));
        if (delivery.reachedAnyone()) {
            checkIns.save(new CheckIn(id, pairing.id(), now, null));
        }
        return delivery;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
