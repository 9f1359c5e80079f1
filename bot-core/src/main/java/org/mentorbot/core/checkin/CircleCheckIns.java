package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/**
 * A circle's check-ins: one "did the circle meet?" to the mentor and the active mentees, and one
 * answer for the circle from whichever member gives it first. The answer is the circle's check-in,
 * counted once; it moves the rhythm of each active pairing of the circle (a run of "not yet" marks
 * them stalled together), and brings in the admins once for the circle.
 */
final class CircleCheckIns {

    private final CheckInStore checkIns;
    private final ParticipantStore participants;
    private final PairingLifecycle lifecycle;
    private final AdminAlerts alerts;
    private final Copy copy;
    private final BiFunction<Pairing, CheckInOutcome, Pairing> afterAnswer;

    CircleCheckIns(CheckInStore checkIns, ParticipantStore participants, PairingLifecycle lifecycle, AdminAlerts alerts,
                   Copy copy, BiFunction<Pairing, CheckInOutcome, Pairing> afterAnswer) {
        this.checkIns = checkIns;
        this.participants = participants;
        this.lifecycle = lifecycle;
        this.alerts = alerts;
        this.copy = copy;
        this.afterAnswer = afterAnswer;
    }

    Reply prompt(CheckInId id, Participant mentor, List<Participant> mentees) {
        return Reply.builder()
                .header(copy.text("checkin.title"))
                .text(copy.text("circle.checkin.question", mentor.name(),
                        mentees.stream().map(Participant::name).collect(Collectors.joining(", "))))
                .buttons(List.of(
                        new Button(copy.text("checkin.met"), ActionIds.CHECKIN_MET, id.value(), Style.PRIMARY),
                        Button.of(copy.text("checkin.notYet"), ActionIds.CHECKIN_NOT_YET, id.value()),
                        new Button(copy.text("checkin.needHelp"), ActionIds.CHECKIN_NEED_HELP, id.value(), Style.DANGER)))
                .build();
    }

    /** Records the first answer to the circle's check-in from a current member; the message is updated to show it. */
    Reply answer(Actor actor, CheckInOutcome outcome, CheckIn checkIn, Circle circle, Instant now) {
        if (!circle.involves(actor.id())) {
            return Reply.text(copy.text("checkin.notYours"));
        }
        if (circle.open().isEmpty()) {
            return Reply.text(copy.text("circle.checkin.ended"));
        }
        if (!circle.hasMember(actor.id())) {
            return Reply.text(copy.text("circle.checkin.left"));
        }
        CheckIn.Answer mine = new CheckIn.Answer(outcome, actor.id(), now);
        CheckIn stored = checkIns.answer(checkIn.id(), mine).orElseThrow();
        if (!mine.equals(stored.answer())) {
            return answered(stored.answer(), false);
        }
        List<Pairing> before = circle.active();
        List<Pairing> after = recordFor(before, outcome);
        String mentees = before.stream().map(p -> nameOf(p.mentee())).collect(Collectors.joining(", "));
        if (outcome == CheckInOutcome.NEED_HELP) {
            alerts.alert(Reply.text(copy.text("alert.needHelpCircle", nameOf(actor.id()), nameOf(circle.mentor()), mentees)));
        } else if (after.stream().anyMatch(Pairing::stalled) && before.stream().noneMatch(Pairing::stalled)) {
            int streak = after.stream().mapToInt(Pairing::notYetStreak).max().orElse(0);
            alerts.alert(Reply.text(copy.text("alert.stalledCircle", nameOf(circle.mentor()), mentees, streak)));
        }
        return answered(mine, true);
    }

    /** The answer's effect on the rhythm of each active pairing of the circle; returns them as stored afterwards. */
    List<Pairing> recordFor(List<Pairing> active, CheckInOutcome outcome) {
        return active.stream()
                .map(p -> lifecycle.update(p, q -> q.status() == PairingStatus.ACTIVE ? afterAnswer.apply(q, outcome) : q).orElse(p))
                .toList();
    }

    /** The check-in as answered: by this caller ({@code first}), or earlier by someone else. */
    private Reply answered(CheckIn.Answer answer, boolean first) {
        String outcome = copy.text("checkin.outcome." + answer.outcome().name());
        String text = first
                ? copy.text("checkin.answered." + answer.outcome().name(), nameOf(answer.by()), outcome)
                : copy.text("checkin.alreadyAnswered", nameOf(answer.by()), outcome);
        return Reply.builder().header(copy.text("checkin.title")).text(text).build().replacingOriginal();
    }

    private String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }
}
