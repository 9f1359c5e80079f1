package org.mentorbot.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.pairing.PairingStore.CreateOutcome.CREATED;
import static org.mentorbot.core.pairing.PairingStore.CreateOutcome.MENTEE_ALREADY_PAIRED;
import static org.mentorbot.core.pairing.PairingStore.CreateOutcome.MENTOR_FULL;
import static org.mentorbot.core.pairing.PairingStore.CreateOutcome.PAIRED_BEFORE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.pairing.PairingStore.CreateOutcome;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link PairingStore} shares: the rules of creating a pairing (one open
 * pairing per mentee, a mentor's capacity, never the same pair twice), compare-and-set
 * replacement, lookup by person and erasure. Concurrency tests hold implementations to the
 * atomicity the port promises.
 */
public abstract class PairingStoreContract {

    private static final Instant START = Instant.parse("2026-04-01T10:00:00.000000001Z");
    private static final ParticipantId MENTOR = new ParticipantId("slack:MENTOR");
    private static final ParticipantId OTHER_MENTOR = new ParticipantId("teams:other-mentor");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");

    private PairingStore store;
    private final AtomicInteger pairCount = new AtomicInteger();

    /** A new, empty store; called before each test. */
    protected abstract PairingStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void createsAnOpenPairingThatCanBeFoundExactly() {
        Pairing pairing = pairing(MENTOR, MENTEE);

        assertThat(store.create(pairing, 1)).isEqualTo(CREATED);

        assertThat(store.find(pairing.id())).contains(pairing);
        assertThat(store.all()).containsExactly(pairing);
    }

    @Test
    void findsNothingUnknown() {
        assertThat(store.find(new PairId("pair-unknown"))).isEmpty();
        assertThat(store.all()).isEmpty();
        assertThat(store.of(MENTOR)).isEmpty();
    }

    @Test
    void aMenteeWithAnOpenPairingIsNotPairedAgain() {
        store.create(pairing(MENTOR, MENTEE), 2);
        Pairing second = pairing(OTHER_MENTOR, MENTEE);

        assertThat(store.create(second, 2)).isEqualTo(MENTEE_ALREADY_PAIRED);

        assertThat(store.find(second.id())).isEmpty();
    }

    @Test
    void aPausedPairingIsStillOpen() {
        Pairing paused = pairing(MENTOR, MENTEE).withStatus(PairingStatus.PAUSED);
        store.create(paused, 1);

        assertThat(store.create(pairing(OTHER_MENTOR, MENTEE), 1)).isEqualTo(MENTEE_ALREADY_PAIRED);
        assertThat(store.create(pairing(MENTOR, mentee(2)), 1)).isEqualTo(MENTOR_FULL);
    }

    @Test
    void aMentorAtCapacityTakesNoMoreMentees() {
        assertThat(store.create(pairing(MENTOR, mentee(1)), 2)).isEqualTo(CREATED);
        assertThat(store.create(pairing(MENTOR, mentee(2)), 2)).isEqualTo(CREATED);
        Pairing third = pairing(MENTOR, mentee(3));

        assertThat(store.create(third, 2)).isEqualTo(MENTOR_FULL);

        assertThat(store.find(third.id())).isEmpty();
        assertThat(store.of(MENTOR)).hasSize(2);
    }

    @Test
    void aMentorWithNoCapacityTakesNobody() {
        assertThat(store.create(pairing(MENTOR, MENTEE), 0)).isEqualTo(MENTOR_FULL);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void theSameMentorAndMenteeAreNeverPairedTwiceEvenAfterTheirPairingEnded() {
        Pairing first = pairing(MENTOR, MENTEE);
        store.create(first, 3);
        assertThat(store.replace(first, ended(first))).isTrue();

        assertThat(store.create(pairing(MENTOR, MENTEE), 3)).isEqualTo(PAIRED_BEFORE);

        assertThat(store.all()).containsExactly(ended(first));
    }

    @Test
    void theReverseRolesAreADifferentPair() {
        Pairing first = pairing(MENTOR, MENTEE);
        store.create(first, 1);
        store.replace(first, ended(first));

        assertThat(store.create(pairing(MENTEE, MENTOR), 1)).isEqualTo(CREATED);
    }

    @Test
    void pairedBeforeIsReportedAheadOfTheOtherReasons() {
        Pairing first = pairing(MENTOR, MENTEE);
        store.create(first, 1);
        store.replace(first, ended(first));
        store.create(pairing(OTHER_MENTOR, MENTEE), 1);
        store.create(pairing(MENTOR, mentee(2)), 1);

        assertThat(store.create(pairing(MENTOR, MENTEE), 1)).isEqualTo(PAIRED_BEFORE);
        assertThat(store.create(pairing(MENTOR, mentee(2)), 1)).isEqualTo(PAIRED_BEFORE);
    }

    @Test
    void aMenteeAlreadyPairedIsReportedAheadOfAFullMentor() {
        store.create(pairing(OTHER_MENTOR, MENTEE), 1);
        store.create(pairing(MENTOR, mentee(2)), 1);

        assertThat(store.create(pairing(MENTOR, MENTEE), 1)).isEqualTo(MENTEE_ALREADY_PAIRED);
    }

    @Test
    void anEndedPairingFreesTheMentorsSlotAndTheMentee() {
        Pairing first = pairing(MENTOR, MENTEE);
        store.create(first, 1);
        store.replace(first, ended(first));

        assertThat(store.create(pairing(MENTOR, mentee(2)), 1)).isEqualTo(CREATED);
        assertThat(store.create(pairing(OTHER_MENTOR, MENTEE), 1)).isEqualTo(CREATED);
    }

    @Test
    void listsThePairingsOfAPersonAsMentorAndAsMentee() {
        Pairing mentoring = pairing(MENTOR, MENTEE);
        Pairing mentored = pairing(OTHER_MENTOR, MENTOR);
        Pairing unrelated = pairing(OTHER_MENTOR, mentee(3));
        store.create(mentoring, 1);
        store.create(mentored, 2);
        store.create(unrelated, 2);
        store.replace(mentoring, ended(mentoring));

        assertThat(store.of(MENTOR)).containsExactlyInAnyOrder(ended(mentoring), mentored);
        assertThat(store.of(MENTEE)).containsExactly(ended(mentoring));
        assertThat(store.all()).containsExactlyInAnyOrder(ended(mentoring), mentored, unrelated);
    }

    @Test
    void replacesAPairingThatStillEqualsTheCurrentOne() {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);
        Pairing updated = current.withStreak(2, true).withNextCheckInAt(START.plus(Duration.ofDays(28)));

        assertThat(store.replace(current, updated)).isTrue();

        assertThat(store.find(current.id())).contains(updated);
        assertThat(store.all()).containsExactly(updated);
    }

    @Test
    void keepsTheDeliveryFailuresOfEachKind() {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);
        Pairing failing = current.withCheckInFailures(2).withPollFailures(5);

        assertThat(store.replace(current, failing)).isTrue();

        assertThat(store.find(current.id())).contains(failing);
        assertThat(store.replace(current, current.withStreak(1, false))).as("a copy without the failures is stale").isFalse();
    }

    @Test
    void keepsTheCircleAPairingBelongsToThroughEveryChange() {
        CircleId circle = new CircleId("circle-1");
        Pairing first = pairing(MENTOR, MENTEE).inCircle(circle);
        Pairing second = pairing(MENTOR, mentee(2)).inCircle(circle);
        store.create(first, 2);
        store.create(second, 2);
        Pairing ended = first.withStreak(1, false).ended(new Pairing.Ending(START.plusSeconds(60), MENTEE, "left"));

        assertThat(store.replace(first, ended)).isTrue();

        assertThat(store.find(first.id())).hasValueSatisfying(p -> assertThat(p.circle()).isEqualTo(circle));
        assertThat(store.of(MENTOR)).containsExactlyInAnyOrder(ended, second);
        assertThat(Circle.of(store, second).orElseThrow().open()).containsExactly(second);
        assertThat(store.replace(second.inCircle(null), second.withStreak(1, false)))
                .as("a copy outside the circle is stale").isFalse();
    }

    @Test
    void refusesToReplaceFromAStaleCopyAndChangesNothing() {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);
        Pairing newer = current.withStreak(1, false);
        store.replace(current, newer);

        assertThat(store.replace(current, ended(current))).isFalse();

        assertThat(store.find(current.id())).contains(newer);
        assertThat(store.create(pairing(OTHER_MENTOR, MENTEE), 1)).isEqualTo(MENTEE_ALREADY_PAIRED);
    }

    @Test
    void refusesToReplaceAPairingThatIsNotStored() {
        Pairing never = pairing(MENTOR, MENTEE);

        assertThat(store.replace(never, ended(never))).isFalse();

        assertThat(store.all()).isEmpty();
    }

    @Test
    void replacementKeepsThePairingsId() {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);
        Pairing otherId = pairing(MENTOR, MENTEE);

        assertThatThrownBy(() -> store.replace(current, otherId)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.all()).containsExactly(current);
    }

    @Test
    void aReopenedPairingOccupiesItsSlotsAgain() {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);
        Pairing paused = current.withStatus(PairingStatus.PAUSED);
        store.replace(current, paused);
        Pairing active = paused.withStatus(PairingStatus.ACTIVE);

        assertThat(store.replace(paused, active)).isTrue();

        assertThat(store.create(pairing(MENTOR, mentee(2)), 1)).isEqualTo(MENTOR_FULL);
    }

    @Test
    void ofMenteesRacingForAMentorsLastSlotExactlyOneWins() throws Exception {
        store.create(pairing(MENTOR, mentee(100)), 3);
        store.create(pairing(MENTOR, mentee(101)), 3);

        List<CreateOutcome> outcomes = Race.run(8, runner -> store.create(pairing(MENTOR, mentee(runner)), 3));

        assertThat(outcomes).filteredOn(CREATED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(MENTOR_FULL::equals).hasSize(7);
        assertThat(store.of(MENTOR)).hasSize(3);
    }

    @Test
    void ofMentorsRacingForOneMenteeExactlyOneWins() throws Exception {
        List<CreateOutcome> outcomes = Race.run(8, runner -> store.create(pairing(mentor(runner), MENTEE), 1));

        assertThat(outcomes).filteredOn(CREATED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(MENTEE_ALREADY_PAIRED::equals).hasSize(7);
        assertThat(store.of(MENTEE)).hasSize(1);
    }

    @Test
    void ofConcurrentReplacementsFromTheSameCurrentExactlyOneSucceeds() throws Exception {
        Pairing current = pairing(MENTOR, MENTEE);
        store.create(current, 1);

        List<Boolean> replaced = Race.run(8, runner -> store.replace(current, current.withStreak(runner + 1, false)));

        assertThat(replaced).filteredOn(Boolean::booleanValue).hasSize(1);
        int winner = replaced.indexOf(true);
        assertThat(store.find(current.id())).contains(current.withStreak(winner + 1, false));
    }

    private Pairing pairing(ParticipantId mentor, ParticipantId mentee) {
        List<MatchReason> reasons = List.of(MatchReason.of("reason.sharedSkills", "kubernetes, go"),
                MatchReason.of("reason.timezones"));
        return new Pairing(new PairId("pair-" + pairCount.incrementAndGet() + "-" + mentor + "-" + mentee), mentor, mentee,
                PairingStatus.ACTIVE, START, 42, reasons, Duration.ofDays(14), START.plus(Duration.ofDays(7)),
                START.plus(Duration.ofDays(30)), 0, false, null);
    }

    private static Pairing ended(Pairing pairing) {
        return pairing.ended(new Pairing.Ending(START.plus(Duration.ofDays(3)), pairing.mentee(), "left"));
    }

    private static ParticipantId mentee(int n) {
        return new ParticipantId("slack:MENTEE" + n);
    }

    private static ParticipantId mentor(int n) {
        return new ParticipantId("teams:mentor-" + n);
    }
}
