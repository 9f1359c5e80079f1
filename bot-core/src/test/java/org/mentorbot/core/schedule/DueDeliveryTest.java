package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.memory.InMemoryPairingStore;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.program.Race;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/** The claim, send and reschedule protocol on its own: one sender per due item, and a backoff every node agrees on. */
class DueDeliveryTest {

    static final Duration CADENCE = Duration.ofSeconds(8);
    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");

    final PairingStore pairings = new InMemoryPairingStore();
    final Pairing pair = new Pairing(new PairId("pair-1"), new ParticipantId("test:mentor"), new ParticipantId("test:mentee"),
            PairingStatus.ACTIVE, NOW, 1, List.of(), CADENCE, NOW, NOW, 0, false, null);
    final Delivery accepted = Delivery.to(pair.members());
    final Delivery refused = Delivery.failedFor(pair.members(), "gone");

    DueDeliveryTest() {
        pairings.create(pair, 1);
    }

    @Test
    void aClaimedItemIsSentByOneCallerOnly() {
        DueDelivery delivery = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND);
        AtomicInteger sends = new AtomicInteger();

        assertThat(delivery.deliver(pair, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).contains(accepted);
        assertThat(delivery.deliver(pair, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isEmpty();

        assertThat(sends).hasValue(1);
        assertThat(stored().nextCheckInAt()).isEqualTo(NOW.plus(CADENCE));
    }

    @Test
    void aPairingChangedInAnotherItemSinceItWasReadIsStillClaimedAndSentOnce() {
        DueDelivery delivery = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND);
        Pairing planned = DueTime.MILESTONE.movedTo(pair, NOW.plus(Duration.ofDays(1)));
        assertThat(pairings.replace(pair, planned)).isTrue();
        AtomicInteger sends = new AtomicInteger();

        assertThat(delivery.deliver(pair, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).contains(accepted);
        assertThat(delivery.deliver(pair, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isEmpty();

        assertThat(sends).hasValue(1);
        assertThat(stored().nextCheckInAt()).isEqualTo(NOW.plus(CADENCE));
        assertThat(stored().milestoneDueAt()).as("the other item's change is kept").isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aPairingWhoseItemWasMovedSinceItWasReadIsLeftToWhoeverMovedIt() {
        DueDelivery delivery = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND);
        assertThat(delivery.defer(pair, NOW.plus(Duration.ofHours(1)))).isTrue();
        AtomicInteger sends = new AtomicInteger();

        assertThat(delivery.deliver(pair, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isEmpty();

        assertThat(sends).hasValue(0);
        assertThat(stored().nextCheckInAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aBacklogGoesOutARoundsMostACallAndNothingIsLeftBehind() {
        for (int i = 2; i <= DueDelivery.ROUND + 3; i++) {
            pairings.create(new Pairing(new PairId("pair-" + i), new ParticipantId("test:mentor-" + i), new ParticipantId("test:mentee-" + i),
                    PairingStatus.ACTIVE, NOW, 1, List.of(), CADENCE, NOW.minusSeconds(i), NOW, 0, false, null), 1);
        }
        DueDelivery delivery = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND);
        AtomicInteger sends = new AtomicInteger();

        List<Boolean> first = delivery.eachDue(NOW, Runnable::run,
                p -> delivery.deliver(p, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends)).isPresent());
        List<Boolean> second = delivery.eachDue(NOW, Runnable::run,
                p -> delivery.deliver(p, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends)).isPresent());

        assertThat(first).hasSize(DueDelivery.ROUND).containsOnly(true);
        assertThat(second).hasSize(3).containsOnly(true);
        assertThat(sends).hasValue(DueDelivery.ROUND + 3);
        assertThat(pairings.dueFor(DueTime.NEXT_CHECK_IN.index(), NOW, 10)).isEmpty();
        assertThat(pairings.find(new PairId("pair-1")).orElseThrow().nextCheckInAt()).as("the latest due went out in the second call")
                .isEqualTo(NOW.plus(CADENCE));
    }

    @Test
    void anotherNodeOrARestartBacksOffFromWhereTheFailuresLeftOffAndASuccessStartsTheCountAgain() {
        Instant first = failOnAFreshNode(NOW);
        Instant second = failOnAFreshNode(first);
        Instant third = failOnAFreshNode(second);

        assertThat(List.of(Duration.between(NOW, first), Duration.between(first, second), Duration.between(second, third)))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(stored().checkInFailures()).isEqualTo(3);
        assertThat(stored().pollFailures()).isZero();

        new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND).deliver(stored(), third, DueDelivery.LEASE, third.plus(CADENCE), () -> accepted);
        assertThat(stored().checkInFailures()).isZero();
        assertThat(stored().nextCheckInAt()).isEqualTo(third.plus(CADENCE));
    }

    @Test
    void afterTheLastAttemptTheItemWaitsForItsNextRegularTimeAndTheCountStartsOver() {
        Instant at = NOW;
        for (int attempt = 1; attempt < 6; attempt++) {
            at = failOnAFreshNode(at);
        }
        assertThat(stored().checkInFailures()).isEqualTo(5);

        assertThat(failOnAFreshNode(at)).isEqualTo(at.plus(CADENCE));
        assertThat(stored().checkInFailures()).isZero();
    }

    @Test
    void aRescheduleSinceTheClaimIsKeptAndTheFailureStillCounts() {
        DueDelivery polls = new DueDelivery(pairings, DueTime.FEEDBACK_POLL, ScheduledProgram.BEHIND);
        Instant rescheduled = NOW.plus(Duration.ofDays(30));

        polls.deliver(pair, NOW, DueDelivery.LEASE, null, () -> {
            pairings.replace(stored(), stored().withFeedbackDueAt(rescheduled));
            return refused;
        });

        assertThat(stored().feedbackDueAt()).isEqualTo(rescheduled);
        assertThat(stored().pollFailures()).isEqualTo(1);
        assertThat(stored().nextCheckInAt()).as("the other due time is untouched").isEqualTo(NOW);
    }

    @Test
    void aDeferredItemIsNoLongerDueUntilItsNewTime() {
        DueDelivery delivery = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND);
        Instant later = NOW.plus(Duration.ofHours(20));

        assertThat(delivery.defer(pair, later)).isTrue();
        assertThat(delivery.defer(pair, later)).as("from a stale copy").isFalse();

        assertThat(delivery.eachDue(NOW, Runnable::run, Pairing::id)).isEmpty();
        assertThat(delivery.eachDue(later, Runnable::run, Pairing::id)).containsExactly(pair.id());
    }

    /** A delivery that no platform accepts, by a protocol instance of its own; answers when the item is due again. */
    private Instant failOnAFreshNode(Instant now) {
        new DueDelivery(pairings, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND).deliver(stored(), now, DueDelivery.LEASE, now.plus(CADENCE), () -> refused);
        return stored().nextCheckInAt();
    }

    private Delivery count(AtomicInteger sends) {
        sends.incrementAndGet();
        return accepted;
    }

    private Pairing stored() {
        return pairings.find(pair.id()).orElseThrow();
    }

    @Test
    void aClaimMadeLateInALongRoundLeasesFromWhenItIsMadeNotFromTheRoundsStart() {
        Instant roundStart = NOW;
        Instant reachedAt = NOW.plus(Duration.ofMinutes(3));
        DueDelivery lateInTheRound = new DueDelivery(pairings, DueTime.NEXT_CHECK_IN,
                java.time.Clock.fixed(reachedAt, java.time.ZoneOffset.UTC));
        java.util.concurrent.atomic.AtomicReference<Instant> dueWhileSending = new java.util.concurrent.atomic.AtomicReference<>();

        lateInTheRound.deliver(stored(), roundStart, DueDelivery.LEASE, roundStart.plus(CADENCE), () -> {
            dueWhileSending.set(stored().nextCheckInAt());
            return accepted;
        });

        assertThat(dueWhileSending.get()).as("another node's tick at the round's start + lease must not find it due")
                .isEqualTo(reachedAt.plus(DueDelivery.LEASE));
    }

    @Test
    void aCirclesItemRacedFromManyNodesGoesOutOnceAndMovesEveryOpenPairingOfTheCircle() throws Exception {
        PairingStore store = new InMemoryPairingStore();
        List<Pairing> circle = circleOfThree(store);
        AtomicInteger sends = new AtomicInteger();

        Race.run(8, runner -> new DueDelivery(store, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND)
                .eachDueTogether(NOW, Runnable::run, together -> new DueDelivery(store, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND)
                        .deliverTogether(together, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))));

        assertThat(sends).hasValue(1);
        assertThat(store.all()).hasSize(3).allSatisfy(p -> assertThat(p.nextCheckInAt()).isEqualTo(NOW.plus(CADENCE)));
        assertThat(circle.get(0).circle()).isNotNull();
    }

    @Test
    void aClaimThatLosesOnOnePairingOfTheCircleGivesBackWhatItTookAndSendsNothing() {
        PairingStore store = new InMemoryPairingStore();
        List<Pairing> circle = circleOfThree(store);
        store.replace(circle.get(2), circle.get(2).withNextCheckInAt(NOW.plus(DueDelivery.LEASE)));
        AtomicInteger sends = new AtomicInteger();

        assertThat(new DueDelivery(store, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND)
                .deliverTogether(circle, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isEmpty();

        assertThat(sends).hasValue(0);
        assertThat(store.find(circle.get(0).id())).contains(circle.get(0));
        assertThat(store.find(circle.get(1).id())).contains(circle.get(1));
    }

    @Test
    void aCirclePairingChangedInSomethingElseMeanwhileStillGetsTheCirclesItemOnceAndKeepsTheChange() {
        PairingStore store = new InMemoryPairingStore();
        List<Pairing> circle = circleOfThree(store);
        Pairing planned = circle.get(1).withMilestoneDueAt(NOW.plus(Duration.ofDays(3)));
        store.replace(circle.get(1), planned);
        AtomicInteger sends = new AtomicInteger();

        assertThat(new DueDelivery(store, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND)
                .deliverTogether(circle, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isPresent();

        assertThat(sends).hasValue(1);
        assertThat(store.all()).hasSize(3).allSatisfy(p -> assertThat(p.nextCheckInAt()).isEqualTo(NOW.plus(CADENCE)));
        assertThat(store.find(planned.id()).orElseThrow().milestoneDueAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void aLosingCircleClaimGivesBackAPairingChangedInSomethingElseWithoutUndoingTheChange() {
        PairingStore store = new InMemoryPairingStore();
        List<Pairing> circle = circleOfThree(store);
        Pairing planned = circle.get(0).withMilestoneDueAt(NOW.plus(Duration.ofDays(3)));
        store.replace(circle.get(0), planned);
        store.replace(circle.get(2), circle.get(2).withNextCheckInAt(NOW.plus(DueDelivery.LEASE)));
        AtomicInteger sends = new AtomicInteger();

        assertThat(new DueDelivery(store, DueTime.NEXT_CHECK_IN, ScheduledProgram.BEHIND)
                .deliverTogether(circle, NOW, DueDelivery.LEASE, NOW.plus(CADENCE), () -> count(sends))).isEmpty();

        assertThat(sends).hasValue(0);
        assertThat(store.find(planned.id())).contains(planned);
        assertThat(store.find(circle.get(1).id())).contains(circle.get(1));
    }

    private static List<Pairing> circleOfThree(PairingStore store) {
        List<Pairing> circle = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Pairing member = new Pairing(new PairId("pair-" + i), new ParticipantId("test:mentor"), new ParticipantId("test:mentee" + i),
                    PairingStatus.ACTIVE, NOW, 1, List.of(), CADENCE, NOW, NOW, 0, false, null).inCircle(new CircleId("circle-1"));
            store.create(member, 3);
            circle.add(member);
        }
        return circle;
    }
}
