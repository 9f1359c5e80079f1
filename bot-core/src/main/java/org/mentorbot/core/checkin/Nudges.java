package org.mentorbot.core.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mentorbot.core.checkin.CheckInFlow.NudgeSummary;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.DeliveryWindow;
import org.mentorbot.core.schedule.DueDelivery;

/**
 * Sends one pair its nudge, exactly once however often and wherever it is asked to, through the
 * {@link DueDelivery} protocol on the pairing's next check-in: a nudge due outside the pair's
 * working hours is deferred to the first slot inside both people's hours; otherwise it is claimed
 * for the cadence (at most {@link DueDelivery#LEASE}), sent, recorded as a check-in once a
 * platform accepted it, and the next one set a full cadence ahead.
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

    NudgeSummary nudge(Pairing pairing, Instant now, boolean evenOutsideHours, Prompt prompt) {
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return NudgeSummary.NONE;
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
