package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * The due-time indexes, the open pairings and the counts every {@link PairingStore} keeps with its
 * pairings: after every change — create, pause, resume, end, rematch, erasure, a circle's claim —
 * each index holds exactly the active pairings with that time, by that time, and the counts are
 * those of the pairings. One subclass per store.
 */
public abstract class DueIndexContract {

    private static final Instant START = Instant.parse("2026-04-01T10:00:00.123456789Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
    private static final Executor INLINE = Runnable::run;

    private PairingStore store;
    private PairingLifecycle lifecycle;
    private int pairCount;

    /** A new, empty store; called before each test. */
    protected abstract PairingStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
        lifecycle = new PairingLifecycle(store);
    }

    @Test
    void anActivePairingIsIndexedByEachOfItsDueTimesAndCounted() {
        Pairing pairing = pairing("mentor", "mentee").withMilestoneDueAt(START.plus(Duration.ofDays(2)));
        store.create(pairing, 1);

        assertThat(store.dueFor(DueIndex.CHECK_IN, pairing.nextCheckInAt(), 10)).containsExactly(pairing);
        assertThat(store.dueFor(DueIndex.CHECK_IN, pairing.nextCheckInAt().minusMillis(1), 10)).isEmpty();
        assertThat(store.dueFor(DueIndex.FEEDBACK, pairing.feedbackDueAt(), 10)).containsExactly(pairing);
        assertThat(store.dueFor(DueIndex.MILESTONE, pairing.milestoneDueAt(), 10)).containsExactly(pairing);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, START, 10)).containsExactly(pairing);
        assertThat(store.counts()).isEqualTo(new PairingCounts(1, 0, 0, 0));
        assertConsistent();
    }

    @Test
    void answersOnlyWhatIsDueEarliestFirstInBatchesOfTheLimit() {
        List<Pairing> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Pairing p = pairing("mentor-" + i, "mentee-" + i).withNextCheckInAt(START.plus(Duration.ofHours(7 - i)));
            store.create(p, 1);
            made.add(p);
        }

        List<Pairing> due = store.dueFor(DueIndex.CHECK_IN, START.plus(Duration.ofHours(4)), 3);

        assertThat(due).containsExactly(made.get(6), made.get(5), made.get(4));
        assertThat(store.dueFor(DueIndex.CHECK_IN, START.plus(Duration.ofHours(4)), 10)).hasSize(4);
        assertThat(store.dueFor(DueIndex.FEEDBACK, START, 10)).isEmpty();
    }

    @Test
    void pausingTakesAPairingOutOfEveryIndexAndResumingPutsItBackWithThePlaybookDueAtOnce() {
        Pairing pairing = pairing("mentor", "mentee");
        store.create(pairing, 1);
        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, START.plus(Duration.ofDays(9)));

        lifecycle.pauseAllOf(pairing.mentee());

        for (DueIndex kind : DueIndex.values()) {
            assertThat(store.dueFor(kind, FAR, 10)).isEmpty();
        }
        assertThat(store.counts()).isEqualTo(new PairingCounts(0, 1, 0, 0));
        assertThat(store.open()).hasSize(1);
        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, START);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, FAR, 10)).isEmpty();

        Instant resumedAt = START.plus(Duration.ofDays(20));
        Pairing resumed = lifecycle.resumeAllOf(pairing.mentee(), p -> true, resumedAt).get(0);

        assertThat(store.dueFor(DueIndex.CHECK_IN, resumedAt.plus(resumed.cadence()), 10)).containsExactly(resumed);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, Instant.EPOCH, 10)).containsExactly(resumed);
        assertThat(store.counts()).isEqualTo(new PairingCounts(1, 0, 0, 0));
        assertConsistent();
    }

    @Test
    void endingAPairingTakesItOutOfTheIndexesAndTheOpenPairingsAndCountsItEnded() {
        Pairing pairing = pairing("mentor", "mentee");
        store.create(pairing, 1);
        lifecycle.update(pairing, p -> p.withStreak(3, true));

        lifecycle.endAllOf(pairing.mentor(), "left", START.plus(Duration.ofDays(1)));

        for (DueIndex kind : DueIndex.values()) {
            assertThat(store.dueFor(kind, FAR, 10)).isEmpty();
        }
        assertThat(store.open()).isEmpty();
        assertThat(store.counts()).isEqualTo(new PairingCounts(0, 0, 1, 0));
        assertConsistent();
    }

    @Test
    void aRematchEndsOnePairingAndIndexesTheNewOneInItsPlace() {
        Pairing first = pairing("mentor", "mentee");
        store.create(first, 2);
        lifecycle.endAllOf(first.mentee(), "rematch", START.plus(Duration.ofDays(1)));
        Pairing second = pairing("other-mentor", "mentee").withNextCheckInAt(START.plus(Duration.ofDays(8)));

        store.create(second, 2);

        assertThat(store.dueFor(DueIndex.CHECK_IN, FAR, 10)).containsExactly(second);
        assertThat(store.counts()).isEqualTo(new PairingCounts(1, 0, 1, 0));
        assertConsistent();
    }

    @Test
    void anonymisingAPairingKeepsItsPlacesAndAnErasureThatEndsItTakesItOutOfEveryIndex() {
        Pairing kept = pairing("mentor", "mentee");
        Pairing gone = pairing("mentor", "mentee-2").withStreak(3, true);
        store.create(kept, 2);
        store.create(gone, 2);
        ParticipantId erased = kept.mentee();

        lifecycle.update(kept, p -> p.withoutPerson(erased, new ParticipantId("deleted:1")));
        lifecycle.endAllOf(gone.mentee(), "deleted", START.plus(Duration.ofDays(1)))
                .forEach(ended -> lifecycle.update(ended, p -> p.withoutPerson(gone.mentee(), new ParticipantId("deleted:2"))));

        assertThat(store.dueFor(DueIndex.CHECK_IN, FAR, 10)).extracting(Pairing::id).containsExactly(kept.id());
        assertThat(store.dueFor(DueIndex.PLAYBOOK, FAR, 10)).extracting(Pairing::id).containsExactly(kept.id());
        assertThat(store.counts()).isEqualTo(new PairingCounts(1, 0, 1, 0));
        assertConsistent();
    }

    @Test
    void theStalledCountFollowsOpenPairingsFlaggedAsStalled() {
        Pairing pairing = pairing("mentor", "mentee");
        store.create(pairing, 1);

        Pairing stalled = lifecycle.update(pairing, p -> p.withStreak(3, true)).orElseThrow();
        assertThat(store.counts().stalled()).isEqualTo(1);
        Pairing paused = lifecycle.update(stalled, p -> p.withStatus(PairingStatus.PAUSED)).orElseThrow();
        assertThat(store.counts()).isEqualTo(new PairingCounts(0, 1, 0, 1));
        lifecycle.update(paused, p -> p.withStreak(0, false));

        assertThat(store.counts()).isEqualTo(new PairingCounts(0, 1, 0, 0));
        assertConsistent();
    }

    @Test
    void aRefusedCompareAndSetMovesNothing() {
        Pairing pairing = pairing("mentor", "mentee");
        store.create(pairing, 1);
        Pairing stale = pairing.withStreak(1, false);

        assertThat(store.replace(stale, stale.ended(new Pairing.Ending(START, pairing.mentor(), "left")))).isFalse();

        assertThat(store.dueFor(DueIndex.CHECK_IN, FAR, 10)).containsExactly(pairing);
        assertThat(store.counts()).isEqualTo(new PairingCounts(1, 0, 0, 0));
    }

    @Test
    void thePlaybookLookIsScheduledOnlyForAnActivePairing() {
        Pairing pairing = pairing("mentor", "mentee");
        store.create(pairing, 1);
        Instant later = START.plus(Duration.ofDays(5));

        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, later);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, later.minusMillis(1), 10)).isEmpty();
        assertThat(store.dueFor(DueIndex.PLAYBOOK, later, 10)).containsExactly(pairing);
        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, null);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, FAR, 10)).isEmpty();
        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, later);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, FAR, 10)).containsExactly(pairing);

        Pairing paused = lifecycle.pauseAllOf(pairing.mentee()).get(0);
        store.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, later);
        store.scheduleLook(new PairId("pair-never"), DueIndex.PLAYBOOK, later);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, FAR, 10)).isEmpty();
        assertThat(store.find(paused.id())).contains(paused);
    }

    @Test
    void everyActivePairingIsScheduledAtOnceInBatchesAndNoOther() {
        List<Pairing> active = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            Pairing pairing = pairing("mentor" + i, "mentee" + i);
            store.create(pairing, 1);
            active.add(pairing);
        }
        Pairing paused = lifecycle.pauseAllOf(active.get(0).mentee()).get(0);
        Pairing ended = active.get(1).ended(new Pairing.Ending(START, active.get(1).mentor(), "left"));
        assertThat(store.replace(active.get(1), ended)).isTrue();
        Instant at = START.plus(Duration.ofDays(2));

        assertThat(store.scheduleLookForAllActive(DueIndex.PLAYBOOK, at)).as("more than two batches, paused and ended left out")
                .isEqualTo(1_201);
        assertThat(store.dueFor(DueIndex.PLAYBOOK, at.minusMillis(1), 10)).isEmpty();
        assertThat(store.dueFor(DueIndex.PLAYBOOK, at, 2_000)).extracting(Pairing::id).doesNotContain(paused.id(), ended.id())
                .containsExactlyInAnyOrderElementsOf(active.subList(2, active.size()).stream().map(Pairing::id).toList());
    }

    @Test
    void aCirclesClaimAndDeliveryMoveEveryOpenMemberTogether() {
        CircleId circle = new CircleId("circle-1");
        List<Pairing> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Pairing p = pairing("mentor", "mentee-" + i).inCircle(circle);
            store.create(p, 3);
            members.add(p);
        }
        lifecycle.pauseAllOf(members.get(2).mentee());
        Instant now = members.get(0).nextCheckInAt();
        DueDelivery delivery = new DueDelivery(store, DueTime.NEXT_CHECK_IN, Clock.fixed(now, ZoneOffset.UTC));
        List<List<Pairing>> handed = new ArrayList<>();

        delivery.eachDueTogether(now, INLINE, together -> {
            handed.add(together);
            return delivery.deliverTogether(together, now, DueDelivery.LEASE, now.plus(Duration.ofDays(14)),
                    () -> new Delivery(List.of(together.get(0).mentor()), Map.of()));
        });

        assertThat(handed).hasSize(1);
        assertThat(handed.get(0)).hasSize(3);
        assertThat(store.dueFor(DueIndex.CHECK_IN, now, 10)).isEmpty();
        assertThat(store.dueFor(DueIndex.CHECK_IN, now.plus(Duration.ofDays(14)), 10)).hasSize(2);
        assertConsistent();
    }

    @Test
    void aRoundHandsOutEachDuePairingOnceInBatchesPastThoseThatStayDue() {
        for (int i = 0; i < 7; i++) {
            store.create(pairing("mentor-" + i, "mentee-" + i).withNextCheckInAt(START.plus(Duration.ofMinutes(i))), 1);
        }
        Instant now = START.plus(Duration.ofDays(7));
        DueBatches batches = new DueBatches(store, DueIndex.CHECK_IN, now, 2, 100);
        List<Pairing> handed = new ArrayList<>();
        List<Pairing> first = batches.next();
        handed.addAll(first);
        lifecycle.update(first.get(0), q -> q.withNextCheckInAt(now.plus(Duration.ofDays(14))));
        for (List<Pairing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
            assertThat(batch).hasSizeLessThanOrEqualTo(2).doesNotContainAnyElementsOf(handed);
            handed.addAll(batch);
        }

        assertThat(handed).extracting(Pairing::id).doesNotHaveDuplicates().hasSize(7);
        assertThat(batches.next()).isEmpty();
    }

    @Test
    void aRoundHandsOutAtMostItsMostEarliestFirstAndTheNextRoundTakesTheRest() {
        for (int i = 0; i < 7; i++) {
            store.create(pairing("mentor-" + i, "mentee-" + i).withNextCheckInAt(START.plus(Duration.ofMinutes(i))), 1);
        }
        Instant now = START.plus(Duration.ofDays(7));
        List<Pairing> first = handOut(new DueBatches(store, DueIndex.CHECK_IN, now, 2, 5));
        first.forEach(p -> lifecycle.update(p, q -> q.withNextCheckInAt(now.plus(Duration.ofDays(14)))));
        assertThat(store.dueCount(DueIndex.CHECK_IN, now)).as("what the next round has to take").isEqualTo(2);
        assertThat(store.dueCount(DueIndex.CHECK_IN, START.plus(Duration.ofMinutes(5)))).as("due at or before the instant").isEqualTo(1);
        List<Pairing> second = handOut(new DueBatches(store, DueIndex.CHECK_IN, now, 2, 5));

        assertThat(first).extracting(Pairing::nextCheckInAt).as("the earliest five")
                .containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(i -> START.plus(Duration.ofMinutes(i))).toList());
        assertThat(second).extracting(Pairing::nextCheckInAt).as("the two left")
                .containsExactly(START.plus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(6)));
        assertThat(handOut(new DueBatches(store, DueIndex.CHECK_IN, now, 2, 5))).as("the next round hands the two out again until they move")
                .hasSize(2);
    }

    private static List<Pairing> handOut(DueBatches batches) {
        List<Pairing> handed = new ArrayList<>();
        for (List<Pairing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
            handed.addAll(batch);
        }
        assertThat(batches.next()).isEmpty();
        return handed;
    }

    @Test
    void theIndexesMatchThePairingsThroughAnyMixOfChanges() {
        Random random = new Random(15);
        for (int step = 0; step < 300; step++) {
            List<Pairing> all = store.all();
            int action = all.isEmpty() ? 0 : random.nextInt(7);
            Pairing some = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
            Instant at = START.plus(Duration.ofMinutes(random.nextInt(100_000)));
            switch (action) {
                case 0 -> store.create(pairing("mentor-" + random.nextInt(6), "mentee-" + random.nextInt(12))
                        .withNextCheckInAt(at), 2);
                case 1 -> lifecycle.pauseAllOf(some.mentee());
                case 2 -> lifecycle.resumeAllOf(some.mentee(), p -> true, at);
                case 3 -> lifecycle.endAllOf(some.mentor(), "left", at);
                case 4 -> lifecycle.update(some, p -> p.withStreak(random.nextInt(4), random.nextBoolean())
                        .withFeedbackDueAt(random.nextBoolean() ? null : at).withMilestoneDueAt(at));
                case 5 -> store.scheduleLook(some.id(), DueIndex.PLAYBOOK, random.nextBoolean() ? null : at);
                default -> {
                    ParticipantId erased = random.nextBoolean() ? some.mentor() : some.mentee();
                    ParticipantId placeholder = new ParticipantId("deleted:" + step);
                    lifecycle.update(some, p -> p.withoutPerson(erased, placeholder));
                }
            }
            assertConsistent();
        }
    }

    /** Every on-pairing index holds exactly the active pairings with that time, by it; the playbook's only active ones; counts and open match. */
    private void assertConsistent() {
        List<Pairing> all = store.all();
        for (DueIndex kind : DueIndex.values()) {
            List<Pairing> indexed = store.dueFor(kind, FAR, 100_000);
            if (kind.onPairing()) {
                List<Pairing> expected = all.stream()
                        .filter(p -> p.status() == PairingStatus.ACTIVE && kind.position(null, p) != null)
                        .sorted(Comparator.comparing((Pairing p) -> kind.position(null, p).toEpochMilli()))
                        .toList();
                assertThat(indexed).as(kind.name()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(indexed).as(kind + " earliest first").isSortedAccordingTo(
                        Comparator.comparing((Pairing p) -> kind.position(null, p).toEpochMilli()));
            } else {
                assertThat(indexed).as(kind.name()).allMatch(p -> p.status() == PairingStatus.ACTIVE);
            }
        }
        assertThat(store.open()).containsExactlyInAnyOrderElementsOf(all.stream().filter(p -> p.status().isOpen()).toList());
        assertThat(store.counts()).isEqualTo(PairingCounts.of(all));
    }

    private Pairing pairing(String mentor, String mentee) {
        pairCount++;
        return new Pairing(new PairId("pair-" + pairCount), new ParticipantId("slack:" + mentor), new ParticipantId("slack:" + mentee),
                PairingStatus.ACTIVE, START, 10, List.of(), Duration.ofDays(14), START.plus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(30)), 0, false, null);
    }
}
