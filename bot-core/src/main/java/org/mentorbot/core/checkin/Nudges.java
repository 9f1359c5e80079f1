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
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.Backoff;
import org.mentorbot.core.schedule.DeliveryWindow;

/**
 * Sends one pair its nudge, exactly once however often and wherever it is asked to.
 *
 * <p>The nudge is claimed first with a compare-and-set on the pairing that moves its next
 * check-in a short lease ahead (the cadence, at most {@link #LEASE}): whoever wins the claim
 * sends, everyone else sees a pairing that is no longer due. Only once the platform accepted
 * the nudge is the check-in recorded and the next one set a full cadence ahead. If the node
 * dies between claim and delivery, the lease runs out and another node sends the nudge; if no
 * platform accepted it, it is tried again after a {@link Backoff} and the failure is reported.
 */
final class Nudges {

    static final Duration LEASE = Duration.ofMinutes(1);
    private static final int ATTEMPTS = 6;

    private final PairingStore pairings;
    private final PairingLifecycle lifecycle;
    private final CheckInStore checkIns;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final DeliveryWindow window;
    private final IdGenerator ids;
    private final Backoff backoff = new Backoff(ATTEMPTS);

    Nudges(PairingStore pairings, CheckInStore checkIns, ParticipantStore participants, Messenger messenger,
           DeliveryWindow window, IdGenerator ids) {
        this.pairings = pairings;
        this.lifecycle = new PairingLifecycle(pairings);
        this.checkIns = checkIns;
        this.participants = participants;
        this.messenger = messenger;
        this.window = window;
        this.ids = ids;
    }

    interface Prompt {
        Reply of(CheckInId id, Participant mentor, Participant mentee);
    }

    NudgeSummary nudge(Pairing pairing, Instant now, boolean evenOutsideHours, Prompt prompt) {
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return NudgeSummary.NONE;
        }
        Instant earliest = window.earliest(mentor.get().profile().timezone(), mentee.get().profile().timezone(), now);
        if (!evenOutsideHours && earliest.isAfter(now)) {
            return pairings.replace(pairing, pairing.withNextCheckInAt(earliest)) ? NudgeSummary.oneDeferred() : NudgeSummary.NONE;
        }
        Pairing claimed = pairing.withNextCheckInAt(now.plus(min(pairing.cadence(), LEASE)));
        if (!pairings.replace(pairing, claimed)) {
            return NudgeSummary.NONE;
        }
        CheckInId id = new CheckInId(ids.next("checkin"));
        Delivery delivery = messenger.deliver(new Message(pairing.members(),
                prompt.of(id, mentor.get(), mentee.get()), Message.Kind.CHECK_IN));
        if (delivery.delivered().isEmpty()) {
            Duration retry = backoff.failed(pairing.id(), pairing.cadence()).orElse(pairing.cadence());
            moveLeasedTo(claimed, now.plus(retry));
            return NudgeSummary.oneFailed(delivery.failed().keySet());
        }
        backoff.succeeded(pairing.id());
        checkIns.save(new CheckIn(id, pairing.id(), now, null));
        moveLeasedTo(claimed, now.plus(pairing.cadence()));
        return NudgeSummary.oneSent(delivery.failed().keySet());
    }

    /** Sets the next check-in, unless someone (resume, an admin) rescheduled it since the claim. */
    private void moveLeasedTo(Pairing claimed, Instant next) {
        if (!claimed.nextCheckInAt().equals(next)) {
            lifecycle.update(claimed, p -> p.nextCheckInAt().equals(claimed.nextCheckInAt()) ? p.withNextCheckInAt(next) : p);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
