package org.mentorbot.core.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.DeliveryWindow;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.DueTime;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * The rhythm that keeps pairs meeting: "did you meet?" nudges when they are due (at a decent
 * hour where the pair lives), and the pair's answers. "Need help" and a run of "not yet"
 * answers bring in the admins. Sending claims the nudge with a compare-and-set on the pairing
 * first, so a nudge fired twice (two nodes, a retry) reaches the pair once; a check-in is
 * recorded only after the platform accepted it, and a failed one is retried later. A circle is
 * nudged and answers as one ({@link CircleCheckIns}).
 */
public final class CheckInFlow {

    private final PairingStore pairings;
    private final PairingLifecycle lifecycle;
    private final CheckInStore checkIns;
    private final ParticipantStore participants;
    private final AdminAlerts alerts;
    private final ProgramSettings settings;
    private final DueDelivery nudging;
    private final Nudges nudges;
    private final Copy copy;
    private final CircleCheckIns circles;

    public CheckInFlow(PairingStore pairings, CheckInStore checkIns, ParticipantStore participants, Messenger messenger,
                       AdminAlerts alerts, ProgramSettings settings, IdGenerator ids, Copy copy, Clock clock) {
        this.pairings = pairings;
        this.lifecycle = new PairingLifecycle(pairings);
        this.checkIns = checkIns;
        this.participants = participants;
        this.alerts = alerts;
        this.settings = settings;
        this.nudging = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, clock);
        this.nudges = new Nudges(nudging, checkIns, participants, messenger, new DeliveryWindow(settings.workingHoursOnly()), ids);
        this.copy = copy;
        this.circles = new CircleCheckIns(checkIns, participants, lifecycle, alerts, copy, this::afterAnswer);
    }

    /**
     * The scheduler's entry: nudges every active pair whose check-in is due at {@code now},
     * several at a time on {@code pool}, up to {@link DueDelivery#ROUND} a call (the next call
     * takes the rest), and returns when all are done. Nothing is sent once
     * the program has ended. Safe to call as often as you like, from several nodes at once:
     * each due nudge is claimed by exactly one caller. A circle counts as one nudge.
     */
    public NudgeSummary sendDue(Instant now, ProgramEnd end, Executor pool) {
        if (end.hasPassed(now)) {
            return NudgeSummary.NONE;
        }
        return nudging.eachDueTogether(now, pool, together -> nudge(together, now, false)).stream()
                .reduce(NudgeSummary.NONE, NudgeSummary::plus);
    }

    /** Nudges every active pair and every circle with an active mentee now, whatever their schedule (the admin's {@code nudge}). */
    public NudgeSummary nudgeAll(Instant now) {
        NudgeSummary summary = NudgeSummary.NONE;
        List<Pairing> all = pairings.open();
        for (Pairing pairing : all) {
            if (pairing.status() == PairingStatus.ACTIVE && pairing.circle() == null) {
                summary = summary.plus(nudges.nudge(pairing, now, true, this::prompt));
            }
        }
        for (Circle circle : Circle.among(all)) {
            if (!circle.active().isEmpty()) {
                summary = summary.plus(nudge(circle.open(), now, true));
            }
        }
        return summary;
    }

    /** A pair's nudge, or a circle's given as its open pairings, lowest id first. */
    private NudgeSummary nudge(List<Pairing> together, Instant now, boolean evenOutsideHours) {
        return together.get(0).circle() == null
                ? nudges.nudge(together.get(0), now, evenOutsideHours, this::prompt)
                : nudges.nudgeTogether(together, now, evenOutsideHours, circles::prompt);
    }

    /** Records a pair's answer: the first answer counts; the message is updated to show it. */
    public Reply answer(Actor actor, CheckInOutcome outcome, String checkInId, Instant now) {
        Optional<CheckIn> checkIn = parse(checkInId).flatMap(checkIns::find);
        Optional<Pairing> pairing = checkIn.flatMap(c -> pairings.find(c.pair()));
        if (checkIn.isEmpty() || pairing.isEmpty()) {
            return Reply.text(copy.text("checkin.unknown"));
        }
        Optional<Circle> circle = Circle.of(pairings, pairing.get());
        if (circle.isPresent()) {
            return circles.answer(actor, outcome, checkIn.get(), circle.get(), now);
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
            return Reply.text(copy.text("checkin.alreadyAnswered", nameOf(stored.answer().by()),
                    copy.text("checkin.outcome." + stored.answer().outcome().name())));
        }
        Pairing after = lifecycle.update(pairing.get(), p -> afterAnswer(p, outcome)).orElse(pairing.get());
        if (outcome == CheckInOutcome.NEED_HELP) {
            alerts.alert(Reply.text(copy.text("alert.needHelp", nameOf(actor.id()), nameOf(after.mentor()), nameOf(after.mentee()))));
        } else if (after.stalled() && !pairing.get().stalled()) {
            alerts.alert(Reply.text(copy.text("alert.stalled", nameOf(after.mentor()), nameOf(after.mentee()), after.notYetStreak())));
        }
        return answered(mine, "checkin.answered." + outcome.name(), after);
    }

    /**
     * A meeting the pair logged counts as their answer to the latest check-in still unanswered:
     * it is answered "we met" by {@code by}, and the pair's run of "not yet" ends. Answers
     * whether there was such a check-in (false: the meeting counts on its own). For a pairing in
     * a circle it is the circle's latest unanswered check-in, and the answer counts for the circle.
     */
    public boolean answerMetByLog(PairId pair, ParticipantId by, Instant now) {
        Optional<Circle> circle = pairings.find(pair).flatMap(p -> Circle.of(pairings, p));
        List<PairId> asked = circle.map(c -> c.pairings().stream().map(Pairing::id).toList()).orElse(List.of(pair));
        Optional<CheckIn> open = asked.stream().flatMap(id -> checkIns.of(id).stream()).filter(c -> c.answered().isEmpty())
                .max(Comparator.comparing(CheckIn::sentAt));
        if (open.isEmpty()) {
            return false;
        }
        CheckIn.Answer met = new CheckIn.Answer(CheckInOutcome.MET, by, now);
        boolean mine = checkIns.answer(open.get().id(), met).map(c -> met.equals(c.answer())).orElse(false);
        if (mine && circle.isPresent()) {
            circles.recordFor(circle.get().active(), CheckInOutcome.MET);
        } else if (mine) {
            pairings.find(pair).ifPresent(p -> lifecycle.update(p, q -> afterAnswer(q, CheckInOutcome.MET)));
        }
        return mine;
    }

    private Pairing afterAnswer(Pairing pairing, CheckInOutcome outcome) {
        return switch (outcome) {
            case MET -> pairing.withStreak(0, false);
            case NOT_YET -> pairing.withStreak(pairing.notYetStreak() + 1,
                    pairing.stalled() || pairing.notYetStreak() + 1 >= settings.stalledAfter());
            case NEED_HELP -> pairing;
        };
    }

    Reply prompt(CheckInId id, Pairing pairing, Participant mentor, Participant mentee) {
        return Reply.builder()
                .header(copy.text("checkin.title"))
                .text(copy.text("checkin.question", mentor.name(), mentee.name()))
                .buttons(List.of(
                        new Button(copy.text("checkin.met"), ActionIds.CHECKIN_MET, id.value(), Style.PRIMARY),
                        Button.of(copy.text("checkin.notYet"), ActionIds.CHECKIN_NOT_YET, id.value()),
                        new Button(copy.text("checkin.needHelp"), ActionIds.CHECKIN_NEED_HELP, id.value(), Style.DEFAULT),
                        Button.of(copy.text("checkin.notAGoodFit"), ActionIds.REMATCH, pairing.id().value())))
                .build();
    }

    /**
     * The check-in as answered, in place of the prompt: still naming the pair (a mentor of two tells
     * the two apart); a "we met" answer offers to log the meeting. A later press on the same
     * prompt is answered to the presser alone and leaves the shared message as it is.
     */
    private Reply answered(CheckIn.Answer answer, String key, Pairing pairing) {
        String outcome = copy.text("checkin.outcome." + answer.outcome().name());
        Reply.Builder reply = Reply.builder().header(copy.text("checkin.title"))
                .text(copy.text("checkin.pair", nameOf(pairing.mentor()), nameOf(pairing.mentee())))
                .text(copy.text(key, nameOf(answer.by()), outcome));
        if (answer.outcome() == CheckInOutcome.MET) {
            reply.buttons(List.of(new Button(copy.text("checkin.logMeeting"), ActionIds.MEETING_LOG_OPEN,
                    pairing.id().value() + ActionIds.FROM_CHECK_IN, Style.PRIMARY)));
        }
        return reply.build().replacingOriginal();
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

    /** What a round of nudges did: sent, deferred to working hours, failed, and who could not be reached. */
    public record NudgeSummary(int sent, int deferred, int failed, List<ParticipantId> unreachable) {
        public static final NudgeSummary NONE = new NudgeSummary(0, 0, 0, List.of());

        public NudgeSummary {
            unreachable = List.copyOf(unreachable);
        }

        static NudgeSummary oneSent(Collection<ParticipantId> partlyUnreachable) {
            return new NudgeSummary(1, 0, 0, List.copyOf(partlyUnreachable));
        }

        static NudgeSummary oneDeferred() {
            return new NudgeSummary(0, 1, 0, List.of());
        }

        static NudgeSummary oneFailed(Collection<ParticipantId> unreachable) {
            return new NudgeSummary(0, 0, 1, List.copyOf(unreachable));
        }

        public NudgeSummary plus(NudgeSummary other) {
            List<ParticipantId> all = new ArrayList<>(unreachable);
            all.addAll(other.unreachable);
            return new NudgeSummary(sent + other.sent, deferred + other.deferred, failed + other.failed, all);
        }
    }
}
