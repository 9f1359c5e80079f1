package org.mentorbot.core.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.schedule.DeliveryWindow;
import org.mentorbot.core.schedule.DueBatches;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.Fanout;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * Sends the playbook: each step to the pair when the pairing reaches its age, at a decent hour
 * where the pair lives. A step is claimed first, by a compare-and-set on the pair's
 * {@link PlaybookProgress} that holds it for {@link #LEASE}; whoever wins sends it and then
 * records it as done, so a step fired twice (two nodes, a retry, a restart) reaches the pair
 * once. A send that reached nobody is tried again after {@link #RETRY}. A pair that was away
 * (paused, or the bot was down) gets only the latest step that fell due, not a backlog.
 */
public final class PlaybookFlow {

    public static final Duration LEASE = Duration.ofMinutes(1);
    public static final Duration RETRY = Duration.ofHours(1);

    private final PairingStore pairings;
    private final PlaybookStore progress;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final DeliveryWindow window;
    private final PlaybookSteps steps;

    public PlaybookFlow(PairingStore pairings, PlaybookStore progress, ParticipantStore participants, Messenger messenger,
                        Program program, ProgramSettings settings, Copy copy) {
        this.pairings = pairings;
        this.progress = progress;
        this.participants = participants;
        this.messenger = messenger;
        this.window = new DeliveryWindow(settings.workingHoursOnly());
        this.steps = new PlaybookSteps(program, settings, copy);
    }

    /**
     * The scheduler's entry: sends every active pair the playbook step that is due at {@code now},
     * several at a time on {@code pool}, up to {@link DueDelivery#ROUND} pairs a call (the next
     * call takes the rest). Nothing is sent once the program has ended. Safe to call
     * as often as you like, from several nodes at once.
     */
    public PlaybookSummary sendDue(Instant now, ProgramEnd end, Executor pool) {
        if (end.hasPassed(now)) {
            return PlaybookSummary.NONE;
        }
        PlaybookSummary summary = PlaybookSummary.NONE;
        DueBatches batches = new DueBatches(pairings, DueIndex.PLAYBOOK, now, DueDelivery.BATCH, DueDelivery.ROUND);
        for (List<Pairing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
            List<Pairing> active = batch.stream().filter(p -> p.status() == PairingStatus.ACTIVE).toList();
            summary = Fanout.each(active, p -> send(p, now), pool).stream().reduce(summary, PlaybookSummary::plus);
        }
        return summary;
    }

    /**
     * When the program changed when its steps fall due (another playbook, another end), every active
     * pair's playbook is looked at again at the next tick, as the steps of each may have moved;
     * answers how many pairs. A constant cost when nothing changed.
     */
    public int replanIfChanged() {
        if (!progress.recordTiming(steps.timing())) {
            return 0;
        }
        return pairings.scheduleLookForAllActive(DueIndex.PLAYBOOK, Instant.EPOCH);
    }

    /** The steps that go out with the pair's introduction, as text to add to it. */
    public List<String> withIntroduction(Pairing pairing) {
        return steps.of(pairing).stream().filter(d -> !d.at().isAfter(pairing.startedAt()))
                .map(d -> d.title() + ": " + d.text()).toList();
    }

    /** Sends the pair the step due now if it may go out, and tells the store when to look at the pair next. */
    private PlaybookSummary send(Pairing pairing, Instant now) {
        List<PlaybookSteps.Due> due = steps.of(pairing);
        Optional<PlaybookProgress> stored = progress.find(pairing.id());
        PlaybookProgress current = stored.orElse(new PlaybookProgress(pairing.id(), steps.withIntroduction(pairing), null));
        int latest = latestDue(due, current.stepsDone(), now);
        if (current.isHeldAt(now)) {
            return lookAgain(pairing, current.heldUntil(), PlaybookSummary.NONE);
        }
        if (latest < 0) {
            return lookAgain(pairing, firstFrom(due, current.stepsDone()), PlaybookSummary.NONE);
        }
        Optional<Participant> mentor = participants.find(pairing.mentor()).filter(Participant::isActive);
        Optional<Participant> mentee = participants.find(pairing.mentee()).filter(Participant::isActive);
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return lookAgain(pairing, now.plus(LEASE), PlaybookSummary.NONE);
        }
        Instant earliest = window.earliest(mentor.get().profile().timezone(), mentee.get().profile().timezone(), now);
        if (earliest.isAfter(now)) {
            return lookAgain(pairing, earliest, PlaybookSummary.NONE);
        }
        PlaybookProgress claimed = current.heldUntil(now.plus(LEASE));
        if (!progress.replace(stored.orElse(null), claimed)) {
            return PlaybookSummary.NONE;
        }
        PlaybookSteps.Due step = due.get(latest);
        Reply reply = Reply.builder().header(step.title()).text(step.text()).build();
        Delivery delivery = messenger.deliver(new Message(pairing.members(), reply, Message.Kind.GUIDANCE));
        if (delivery.reachedAnyone()) {
            progress.replace(claimed, claimed.done(latest + 1));
            return lookAgain(pairing, firstFrom(due, latest + 1), PlaybookSummary.ONE_SENT);
        }
        progress.replace(claimed, current.heldUntil(now.plus(RETRY)));
        return lookAgain(pairing, now.plus(RETRY), PlaybookSummary.ONE_FAILED);
    }

    /** Tells the store when the pair's playbook next needs a look (null: never, every step is behind them). */
    private PlaybookSummary lookAgain(Pairing pairing, Instant at, PlaybookSummary summary) {
        pairings.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, at);
        return summary;
    }

    /** When the earliest step from {@code from} on falls due, or null when there is none. */
    private static Instant firstFrom(List<PlaybookSteps.Due> due, int from) {
        return due.stream().skip(from).map(PlaybookSteps.Due::at).min(Instant::compareTo).orElse(null);
    }

    /** The index of the latest step from {@code from} on that is due at {@code now}, or -1. */
    private static int latestDue(List<PlaybookSteps.Due> due, int from, Instant now) {
        int latest = -1;
        for (int i = from; i < due.size(); i++) {
            if (!due.get(i).at().isAfter(now)) {
                latest = i;
            }
        }
        return latest;
    }

    /** What a round of playbook steps did. */
    public record PlaybookSummary(int sent, int failed) {
        public static final PlaybookSummary NONE = new PlaybookSummary(0, 0);
        static final PlaybookSummary ONE_SENT = new PlaybookSummary(1, 0);
        static final PlaybookSummary ONE_FAILED = new PlaybookSummary(0, 1);

        public PlaybookSummary plus(PlaybookSummary other) {
            return new PlaybookSummary(sent + other.sent, failed + other.failed);
        }
    }
}
