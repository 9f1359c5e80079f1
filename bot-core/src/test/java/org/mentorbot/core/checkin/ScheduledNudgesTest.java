package org.mentorbot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.checkin.CheckInFlow.NudgeSummary;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.schedule.ScheduledProgram;
import org.mentorbot.core.testkit.RecordingMessenger;

/** The scheduler's side of check-ins: each due nudge exactly once, whoever fires and however often. */
class ScheduledNudgesTest {

    static final Duration CADENCE = Duration.ofSeconds(5);
    static final Instant NOW = ScheduledProgram.START.plus(Duration.ofDays(1));

    final RecordingMessenger messenger = new RecordingMessenger();
    final ScheduledProgram scheduled = new ScheduledProgram(messenger, CADENCE);
    final CheckInFlow checkIns = scheduled.program.checkIns();
    final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void manyNodesFiringAtOnceNudgeEachDuePairOnce() throws Exception {
        scheduled.pairs(300, CADENCE, NOW);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Future<NudgeSummary>> fired = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            fired.add(nodes.submit(() -> checkIns.sendDue(NOW, ProgramEnd.NEVER, pool)));
        }
        int sent = 0;
        for (Future<NudgeSummary> f : fired) {
            sent += f.get().sent();
        }
        nodes.shutdown();

        assertThat(sent).isEqualTo(300);
        assertThat(messenger.all()).hasSize(300);
        assertThat(scheduled.stores.checkIns().all()).hasSize(300);
    }

    @Test
    void aNudgeMissedForManyIntervalsIsSentOnceAndTheRhythmStartsAgain() {
        scheduled.pairs(1, CADENCE, NOW);
        Instant muchLater = NOW.plus(CADENCE.multipliedBy(40));

        assertThat(checkIns.sendDue(muchLater, ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(checkIns.sendDue(muchLater.plusSeconds(4), ProgramEnd.NEVER, pool).sent()).isZero();
        assertThat(checkIns.sendDue(muchLater.plus(CADENCE), ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
    }

    @Test
    void pausedAndEndedPairsAreNotNudgedAndAResumedPairIsNudgedAfterItsCadence() {
        Pairing paused = scheduled.pairs(2, CADENCE, NOW).get(0);
        PairingLifecycle lifecycle = new PairingLifecycle(scheduled.stores.pairings());
        lifecycle.pauseAllOf(paused.mentee());
        lifecycle.endAllOf(new ParticipantId("test:mentor-1"), "left", NOW);

        assertThat(checkIns.sendDue(NOW, ProgramEnd.NEVER, pool).sent()).isZero();

        lifecycle.resumeAllOf(paused.mentee(), partner -> true, NOW);
        assertThat(checkIns.sendDue(NOW.plusSeconds(1), ProgramEnd.NEVER, pool).sent()).isZero();
        assertThat(checkIns.sendDue(NOW.plus(CADENCE), ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(messenger.inbox(paused.mentee(), Message.Kind.CHECK_IN)).hasSize(1);
    }

    @Test
    void aPairStillActiveWhileAMemberIsPausedIsLookedAtAgainALeaseLaterNotOnEveryTick() {
        Pairing pair = scheduled.pairs(1, CADENCE, NOW).get(0);
        Participant mentee = scheduled.stores.participants().find(pair.mentee()).orElseThrow();
        scheduled.stores.participants().save(mentee.withStatus(ParticipantStatus.PAUSED));

        assertThat(checkIns.sendDue(NOW, ProgramEnd.NEVER, pool).sent()).isZero();
        assertThat(nextCheckIn(pair)).isEqualTo(NOW.plus(DueDelivery.LEASE));
        assertThat(scheduled.stores.pairings().dueFor(DueIndex.CHECK_IN, NOW.plusSeconds(1), 0, 10)).isEmpty();

        scheduled.stores.participants().save(mentee);
        assertThat(checkIns.sendDue(NOW.plus(DueDelivery.LEASE), ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(messenger.inbox(pair.mentee(), Message.Kind.CHECK_IN)).hasSize(1);
    }

    @Test
    void aFailedNudgeIsNotRecordedAndIsRetriedWithGrowingWaits() {
        Pairing pair = scheduled.pairs(1, CADENCE, NOW).get(0);
        messenger.makeUnreachable(pair.mentor());
        messenger.makeUnreachable(pair.mentee());

        NudgeSummary first = checkIns.sendDue(NOW, ProgramEnd.NEVER, pool);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.unreachable()).containsExactlyInAnyOrder(pair.mentor(), pair.mentee());
        assertThat(scheduled.stores.checkIns().all()).as("recorded only once accepted").isEmpty();
        Instant firstRetry = nextCheckIn(pair);
        checkIns.sendDue(firstRetry, ProgramEnd.NEVER, pool);
        Instant secondRetry = nextCheckIn(pair);

        assertThat(Duration.between(NOW, firstRetry)).isLessThan(Duration.between(firstRetry, secondRetry));
        assertThat(Duration.between(firstRetry, secondRetry)).isLessThanOrEqualTo(CADENCE);
    }

    @Test
    void aNudgeClaimedByANodeThatDiedIsSentOnceTheLeaseRunsOut() {
        Pairing pair = scheduled.pairs(1, Duration.ofDays(14), NOW).get(0);
        AtomicBoolean crash = new AtomicBoolean(true);
        Messenger dying = message -> {
            if (crash.getAndSet(false)) {
                throw new IllegalStateException("node died mid-delivery");
            }
            return messenger.deliver(message);
        };
        CheckInFlow onCrashingNode = new ScheduledProgramOn(scheduled, dying).checkIns();

        assertThatThrownBy(() -> onCrashingNode.sendDue(NOW, ProgramEnd.NEVER, pool)).hasMessageContaining("died");
        assertThat(checkIns.sendDue(NOW.plusSeconds(30), ProgramEnd.NEVER, pool).sent()).as("still leased").isZero();
        assertThat(checkIns.sendDue(NOW.plus(DueDelivery.LEASE), ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(nextCheckIn(pair)).isEqualTo(NOW.plus(DueDelivery.LEASE).plus(Duration.ofDays(14)));
    }

    @Test
    void aNudgeDueOutsideWorkingHoursIsDeferredToTheFirstHourOfBothAndSentThen() {
        Instant saturday = Instant.parse("2026-03-07T10:00:00Z");
        Instant monday = Instant.parse("2026-03-09T09:00:00Z");
        Pairing pair = scheduled.pairs(1, CADENCE, saturday).get(0);
        CheckInFlow inWorkingHours = new CheckInFlow(scheduled.stores.pairings(), scheduled.stores.checkIns(),
                scheduled.stores.participants(), messenger, new AdminAlerts(new Admins(Set.of()), messenger),
                new ProgramSettings(CADENCE, CADENCE, CADENCE, true, 3), kind -> kind + "-hours", Copy.english(), ScheduledProgram.BEHIND);

        NudgeSummary weekend = inWorkingHours.sendDue(saturday, ProgramEnd.NEVER, pool);
        assertThat(weekend.deferred()).isEqualTo(1);
        assertThat(weekend.sent()).isZero();
        assertThat(nextCheckIn(pair)).isEqualTo(monday);

        assertThat(inWorkingHours.sendDue(monday.minusSeconds(1), ProgramEnd.NEVER, pool)).isEqualTo(NudgeSummary.NONE);
        assertThat(inWorkingHours.sendDue(monday, ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(messenger.inbox(pair.mentee(), Message.Kind.CHECK_IN)).hasSize(1);
    }

    @Test
    void noNudgesOnceTheProgramHasEnded() {
        scheduled.pairs(3, CADENCE, NOW);
        assertThat(checkIns.sendDue(NOW, ProgramEnd.at(NOW), pool)).isEqualTo(NudgeSummary.NONE);
        assertThat(messenger.all()).isEmpty();
    }

    @Test
    void theAdminsNudgeStillReachesEveryActivePairAndDoesNotDoubleTheScheduledOne() {
        scheduled.pairs(2, CADENCE, NOW.plus(Duration.ofHours(1)));
        assertThat(checkIns.nudgeAll(NOW).sent()).isEqualTo(2);
        assertThat(checkIns.sendDue(NOW.plusSeconds(1), ProgramEnd.NEVER, pool).sent()).isZero();
    }

    private Instant nextCheckIn(Pairing pair) {
        return scheduled.stores.pairings().find(pair.id()).orElseThrow().nextCheckInAt();
    }

    /** A second node: the same stores, its own messenger. */
    record ScheduledProgramOn(ScheduledProgram shared, Messenger messenger) {
        CheckInFlow checkIns() {
            return new CheckInFlow(shared.stores.pairings(), shared.stores.checkIns(), shared.stores.participants(), messenger,
                    new AdminAlerts(new Admins(Set.of()), messenger), new ProgramSettings(CADENCE, CADENCE, CADENCE, false, 3),
                    kind -> kind + "-crash", Copy.english(), ScheduledProgram.BEHIND);
        }
    }
}
