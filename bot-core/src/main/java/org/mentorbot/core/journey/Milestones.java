package org.mentorbot.core.journey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
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
 * The milestones of every pair, on time, through the pairing's {@link DueTime#MILESTONE}: a new
 * pairing is due at once, and its first look only plans — it moves the due time to the earliest
 * milestone of its {@link MilestonePlan}. When one falls due, a milestone already moot (goals
 * agreed, the pair started) is set aside silently; the others go out in both partners' working
 * hours, claimed through {@link DueDelivery} so that each goes out once, and the due time moves to
 * the next milestone. The not-started flag goes to the program's admins, once, with no goal's or
 * note's words — there are none to tell. The program's surveys ride on the same due times: each
 * partner is asked once per stage ({@link SurveyPrompts}), and reminded once.
 */
public final class Milestones {

    private final DueDelivery delivery;
    private final JourneyStore journeys;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final AdminAlerts alerts;
    private final DeliveryWindow window;
    private final Copy copy;
    private final BiFunction<PairId, UnaryOperator<Journey>, Journey> update;
    private final SurveyPrompts surveys;

    Milestones(PairingStore pairings, JourneyStore journeys, ParticipantStore participants,
               Messenger messenger, AdminAlerts alerts, ProgramSettings settings, Copy copy, Clock clock,
               BiFunction<PairId, UnaryOperator<Journey>, Journey> update, SurveyPrompts surveys) {
        this.surveys = surveys;
        this.delivery = new DueDelivery(pairings, DueTime.MILESTONE, clock);
        this.journeys = journeys;
        this.participants = participants;
        this.messenger = messenger;
        this.alerts = alerts;
        this.window = new DeliveryWindow(settings.workingHoursOnly());
        this.copy = copy;
        this.update = update;
    }

    Summary sendDue(Instant now, ProgramEnd end, Executor pool) {
        return delivery.eachDue(now, pool, p -> look(p, now, end)).stream().reduce(Summary.NONE, Summary::plus);
    }

    private Summary look(Pairing pairing, Instant now, ProgramEnd end) {
        Journey journey = journeys.of(pairing.id());
        MilestonePlan plan = new MilestonePlan(pairing.startedAt(), end);
        List<Milestone> pending = plan.pending(journey);
        List<Milestone> dueNow = pending.stream().filter(m -> !plan.at(m).isAfter(now)).toList();
        Instant next = pending.stream().filter(m -> !dueNow.contains(m)).map(plan::at).findFirst().orElse(null);
        if (dueNow.isEmpty()) {
            return delivery.defer(pairing, next) ? Summary.PLANNED : Summary.NONE;
        }
        boolean ended = end.hasPassed(now);
        List<Milestone> toSay = dueNow.stream().filter(m -> !MilestonePlan.moot(m, journey) && !plan.late(m, now)
                && (!ended || m.outlivesTheProgram()) && m.survey().map(surveys::asks).orElse(true)).toList();
        if (toSay.isEmpty()) {
            update.apply(pairing.id(), j -> handled(j, dueNow));
            return delivery.defer(pairing, next) ? Summary.PLANNED : Summary.NONE;
        }
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            delivery.defer(pairing, now.plus(DueDelivery.LEASE));
            return Summary.NONE;
        }
        Instant earliest = window.earliest(mentor.get().profile().timezone(), mentee.get().profile().timezone(), now);
        if (earliest.isAfter(now)) {
            return delivery.defer(pairing, earliest) ? Summary.DEFERRED : Summary.NONE;
        }
        List<Milestone> said = new ArrayList<>();
        return delivery.deliver(pairing, now, DueDelivery.LEASE, next, () -> say(pairing, dueNow, toSay, mentor.get(), mentee.get(), said, now))
                .map(sent -> sent.reachedAnyone() ? new Summary(said.size(), 0, 0, said.contains(Milestone.NOT_STARTED_FLAG) ? 1 : 0)
                        : new Summary(0, 0, 1, 0))
                .orElse(Summary.NONE);
    }

    /** Says each milestone, then records as handled those that reached someone and those that were moot. */
    private Delivery say(Pairing pairing, List<Milestone> dueNow, List<Milestone> toSay, Participant mentor, Participant mentee,
                         List<Milestone> said, Instant now) {
        Delivery all = new Delivery(List.of(), Map.of());
        List<Milestone> done = new ArrayList<>(dueNow.stream().filter(m -> !toSay.contains(m)).toList());
        for (Milestone milestone : toSay) {
            Delivery one = switch (milestone) {
                case GOALS_PROMPT -> toPair(pairing.members(), prompt("goalsPrompt", ActionIds.GOALS_OPEN, pairing.id().value(),
                        mentor.name(), mentee.name()));
                case MIDPOINT_REVIEW -> toPair(List.of(pairing.mentee()), prompt("midpoint", ActionIds.REVIEW_OPEN,
                        pairing.id().value() + "#" + milestone.wireName(), mentor.name(), mentee.name()));
                case CLOSING_REFLECTION -> toPair(pairing.members(), prompt("closing", ActionIds.REVIEW_OPEN,
                        pairing.id().value() + "#" + milestone.wireName(), mentor.name(), mentee.name()));
                case NOT_STARTED_FLAG -> flag(pairing, mentor, mentee);
                case SURVEY_START, SURVEY_MIDPOINT, SURVEY_END -> surveys.invite(pairing.members(), milestone.survey().orElseThrow(), now);
                case SURVEY_START_REMINDER, SURVEY_MIDPOINT_REMINDER, SURVEY_END_REMINDER ->
                        surveys.remind(pairing.members(), milestone.survey().orElseThrow(), now);
            };
            if (one.reachedAnyone() || milestone == Milestone.NOT_STARTED_FLAG) {
                done.add(milestone);
                said.add(milestone);
            }
            all = all.and(one);
        }
        update.apply(pairing.id(), j -> handled(j, done));
        return said.isEmpty() ? all : Delivery.to(pairing.members());
    }

    private Delivery flag(Pairing pairing, Participant mentor, Participant mentee) {
        return alerts.alert(Reply.text(copy.text("alert.notStarted", mentor.name(), mentee.name(),
                MilestonePlan.NOT_STARTED_AFTER.toDays())));
    }

    private Delivery toPair(List<ParticipantId> to, Reply prompt) {
        return messenger.deliver(new Message(to, prompt, Message.Kind.NOTICE));
    }

    private Reply prompt(String key, String actionId, String value, String mentor, String mentee) {
        return Reply.builder().header(copy.text("milestone." + key + ".title"))
                .text(copy.text("milestone." + key + ".text", mentor, mentee))
                .buttons(List.of(new Button(copy.text("milestone." + key + ".button"), actionId, value, Style.PRIMARY)))
                .build();
    }

    private static Journey handled(Journey journey, List<Milestone> milestones) {
        Journey after = journey;
        for (Milestone m : milestones) {
            after = after.handled(m);
        }
        return after;
    }

    /** What a round did: prompts that went out, looks that only planned or deferred, failures, admins' flags. */
    public record Summary(int sent, int planned, int failed, int flagged) {
        static final Summary NONE = new Summary(0, 0, 0, 0);
        static final Summary PLANNED = new Summary(0, 1, 0, 0);
        static final Summary DEFERRED = new Summary(0, 1, 0, 0);

        Summary plus(Summary o) {
            return new Summary(sent + o.sent, planned + o.planned, failed + o.failed, flagged + o.flagged);
        }

        public boolean isNone() {
            return equals(NONE);
        }
    }
}
