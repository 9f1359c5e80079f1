package org.mentorbot.core.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.admin.AdminAlerts;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.enrollment.Participant;
import org.mentorbot.core.enrollment.ParticipantStore;
import org.mentorbot.core.matching.Pairing;
import org.mentorbot.core.matching.PairingLifecycle;
import org.mentorbot.core.matching.PairingStatus;
import org.mentorbot.core.matching.PairingStore;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.ProgramSettings;

/**
 * The rhythm that keeps pairs meeting: "did you meet?" nudges when they are due (at a decent
 * hour where the pair lives), and the pair's answers. "Need help" and a run of "not yet"
 * answers bring in the admins. Sending claims the nudge with a compare-and-set on the pairing
 * first, so a nudge fired twice (two nodes, a retry) reaches the pair once; a check-in is
 * recorded only after the platform accepted it, and a failed one is retried later.
 */
public final class CheckInFlow {

    private final PairingStore pairings;
    private final PairingLifecycle lifecycle;
    private final CheckInStore checkIns;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final AdminAlerts alerts;
    private final ProgramSettings settings;
    private final DeliveryWindow window;
    private final IdGenerator ids;
    private final Copy copy;

    public CheckInFlow(PairingStore pairings, CheckInStore checkIns, ParticipantStore participants, Messenger messenger,
                       AdminAlerts alerts, ProgramSettings settings, IdGenerator ids, Copy copy) {
        this.pairings = pairings;
        this.lifecycle = new PairingLifecycle(pairings);
        this.checkIns = checkIns;
        this.participants = participants;
        this.messenger = messenger;
        this.alerts = alerts;
        this.settings = settings;
        this.window = new DeliveryWindow(settings.workingHoursOnly());
        this.ids = ids;
        this.copy = copy;
    }

    /** Nudges every active pair whose check-in is due at {@code now}; safe to call as often as you like. */
    public NudgeSummary sendDue(Instant now) {
        NudgeSummary summary = NudgeSummary.NONE;
        for (Pairing pairing : pairings.all()) {
            if (pairing.status() == PairingStatus.ACTIVE && !pairing.nextCheckInAt().isAfter(now)) {
                summary = summary.plus(nudgeIfDue(pairing, now, false));
            }
        }
        return summary;
    }

    /** Nudges every active pair now, whatever their schedule (the admin's {@code nudge}). */
    public NudgeSummary nudgeAll(Instant now) {
        NudgeSummary summary = NudgeSummary.NONE;
        for (Pairing pairing : pairings.all()) {
            if (pairing.status() == PairingStatus.ACTIVE) {
                summary = summary.plus(nudgeIfDue(pairing, now, true));
            }
        }
        return summary;
    }

    /** Nudges one pairing if it is still active and due (re-checked from the store); the scheduler's per-pair entry. */
    public NudgeSummary sendDue(Pairing pairing, Instant now) {
        return pairings.find(pairing.id())
                .filter(p -> p.status() == PairingStatus.ACTIVE && !p.nextCheckInAt().isAfter(now))
                .map(p -> nudgeIfDue(p, now, false)).orElse(NudgeSummary.NONE);
    }

    private NudgeSummary nudgeIfDue(Pairing pairing, Instant now, boolean evenOutsideHours) {
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return NudgeSummary.NONE;
        }
        Instant earliest = window.earliest(mentor.get().profile().timezone(), mentee.get().profile().timezone(), now);
        if (!evenOutsideHours && earliest.isAfter(now)) {
            return pairings.replace(pairing, pairing.withNextCheckInAt(earliest)) ? NudgeSummary.oneDeferred() : NudgeSummary.NONE;
        }
        Pairing claimed = pairing.withNextCheckInAt(now.plus(pairing.cadence()));
        if (!pairings.replace(pairing, claimed)) {
            return NudgeSummary.NONE;
        }
        CheckInId id = new CheckInId(ids.next("checkin"));
        Delivery delivery = messenger.deliver(new Message(pairing.members(),
                prompt(id, mentor.get(), mentee.get()), Message.Kind.CHECK_IN));
        if (delivery.delivered().isEmpty()) {
            Duration retry = min(pairing.cadence().dividedBy(2), Duration.ofMinutes(10));
            lifecycle.update(claimed, p -> p.nextCheckInAt().equals(claimed.nextCheckInAt()) ? p.withNextCheckInAt(now.plus(retry)) : p);
            return NudgeSummary.oneFailed(delivery.failed().keySet());
        }
        checkIns.save(new CheckIn(id, pairing.id(), now, null));
        return NudgeSummary.oneSent(delivery.failed().keySet());
    }

    /** Records a pair's answer: the first answer counts; the message is updated to show it. */
    public Reply answer(Actor actor, CheckInOutcome outcome, String checkInId, Instant now) {
        Optional<CheckIn> checkIn = parse(checkInId).flatMap(checkIns::find);
        Optional<Pairing> pairing = checkIn.flatMap(c -> pairings.find(c.pair()));
        if (checkIn.isEmpty() || pairing.isEmpty()) {
            return Reply.text(copy.text("checkin.unknown"));
        }
        if (!pairing.get().involves(actor.id())) {
            return Reply.text(copy.text("checkin.notYours"));
        }
        if (pairing.get().status() == PairingStatus.ENDED) {
            return Reply.text(copy.text("checkin.ended"));
        }
        CheckIn.Answer mine = new CheckIn.Answer(outcome, actor.id(), now);
        CheckIn stored = checkIns.answer(checkIn.get().id(), mine).orElseThrow();
        if (!mine.equals(stored.answer())) {
            return answered(stored.answer(), "checkin.alreadyAnswered");
        }
        Pairing after = lifecycle.update(pairing.get(), p -> afterAnswer(p, outcome)).orElse(pairing.get());
        if (outcome == CheckInOutcome.NEED_HELP) {
            alerts.alert(Reply.text(copy.text("alert.needHelp", nameOf(actor.id()), nameOf(after.mentor()), nameOf(after.mentee()))));
        } else if (after.stalled() && !pairing.get().stalled()) {
            alerts.alert(Reply.text(copy.text("alert.stalled", nameOf(after.mentor()), nameOf(after.mentee()), after.notYetStreak())));
        }
        return answered(mine, "checkin.answered." + outcome.name());
    }

    private Pairing afterAnswer(Pairing pairing, CheckInOutcome outcome) {
        return switch (outcome) {
            case MET -> pairing.withStreak(0, false);
            case NOT_YET -> pairing.withStreak(pairing.notYetStreak() + 1,
                    pairing.stalled() || pairing.notYetStreak() + 1 >= settings.stalledAfter());
            case NEED_HELP -> pairing;
        };
    }

    Reply prompt(CheckInId id, Participant mentor, Participant mentee) {
        return Reply.builder()
                .header(copy.text("checkin.title"))
                .text(copy.text("checkin.question", mentor.name(), mentee.name()))
                .buttons(List.of(
                        new Button(copy.text("checkin.met"), ActionIds.CHECKIN_MET, id.value(), Style.PRIMARY),
                        Button.of(copy.text("checkin.notYet"), ActionIds.CHECKIN_NOT_YET, id.value()),
                        new Button(copy.text("checkin.needHelp"), ActionIds.CHECKIN_NEED_HELP, id.value(), Style.DANGER)))
                .build();
    }

    private Reply answered(CheckIn.Answer answer, String key) {
        String outcome = copy.text("checkin.outcome." + answer.outcome().name());
        return Reply.builder().header(copy.text("checkin.title")).text(copy.text(key, nameOf(answer.by()), outcome)).build()
                .replacingOriginal();
    }

    private String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }

    private static Optional<CheckInId> parse(String value) {
        try {
            return Optional.of(new CheckInId(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** What a round of nudges did: sent, deferred to working hours, failed, and who could not be reached. */
    public record NudgeSummary(int sent, int deferred, int failed, List<ParticipantId> unreachable) {
        public static final NudgeSummary NONE = new NudgeSummary(0, 0, 0, List.of());

        public NudgeSummary {
            unreachable = List.copyOf(unreachable);
        }

        static NudgeSummary oneSent(java.util.Collection<ParticipantId> partlyUnreachable) {
            return new NudgeSummary(1, 0, 0, List.copyOf(partlyUnreachable));
        }

        static NudgeSummary oneDeferred() {
            return new NudgeSummary(0, 1, 0, List.of());
        }

        static NudgeSummary oneFailed(java.util.Collection<ParticipantId> unreachable) {
            return new NudgeSummary(0, 0, 1, List.copyOf(unreachable));
        }

        public NudgeSummary plus(NudgeSummary other) {
            List<ParticipantId> all = new ArrayList<>(unreachable);
            all.addAll(other.unreachable);
            return new NudgeSummary(sent + other.sent, deferred + other.deferred, failed + other.failed, all);
        }
    }
}
