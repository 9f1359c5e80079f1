package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link SeenEvents} shares: a key is new once within its time to live,
 * new again after it, and of concurrent deliveries of one event exactly one is the first. A mark
 * taken back makes its event new again, and taking back an old mark leaves a later one alone.
 */
public abstract class SeenEventsContract {

    /** Short, so that implementations that keep real time can wait for it. */
    protected static final Duration TTL = Duration.ofSeconds(1);

    private SeenEvents seen;

    /** A new store that has seen nothing; called before each test. */
    protected abstract SeenEvents newStore();

    /** Lets more than {@code ttl} pass for the store: moves its clock, or waits. */
    protected abstract void letPass(Duration ttl) throws InterruptedException;

    @BeforeEach
    void freshStore() {
        seen = newStore();
    }

    @Test
    void anEventIsNewOnlyTheFirstTime() {
        assertThat(seen.firstSighting("slack:Ev01", TTL)).isTrue();
        assertThat(seen.firstSighting("slack:Ev01", TTL)).isFalse();
        assertThat(seen.firstSighting("slack:Ev01", TTL)).isFalse();
    }

    @Test
    void differentEventsAreEachNew() {
        assertThat(seen.firstSighting("slack:Ev01", TTL)).isTrue();
        assertThat(seen.firstSighting("slack:Ev02", TTL)).isTrue();
        assertThat(seen.firstSighting("teams:Ev01", TTL)).isTrue();
    }

    @Test
    void anEventIsNewAgainAfterItsTimeToLive() throws InterruptedException {
        seen.firstSighting("slack:Ev01", TTL);

        letPass(TTL);

        assertThat(seen.firstSighting("slack:Ev01", TTL)).isTrue();
        assertThat(seen.firstSighting("slack:Ev01", TTL)).isFalse();
    }

    @Test
    void ofConcurrentDeliveriesOfOneEventExactlyOneIsTheFirst() throws Exception {
        List<Boolean> first = Race.run(8, runner -> seen.firstSighting("slack:Ev01", Duration.ofMinutes(10)));

        assertThat(first).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @Test
    void aMarkTakenBackMakesItsEventNewAgain() {
        Optional<SeenEvents.Mark> mark = seen.mark("teams:activity:a:1", TTL);

        seen.forget(mark.orElseThrow());

        assertThat(seen.firstSighting("teams:activity:a:1", TTL)).isTrue();
        assertThat(seen.firstSighting("teams:activity:a:1", TTL)).isFalse();
    }

    @Test
    void onlyTheFirstSightingGetsAMark() {
        assertThat(seen.mark("teams:activity:a:1", TTL)).isPresent();
        assertThat(seen.mark("teams:activity:a:1", TTL)).isEmpty();
    }

    @Test
    void takingBackAnExpiredMarkLeavesTheLaterSightingAlone() throws InterruptedException {
        SeenEvents.Mark early = seen.mark("teams:activity:a:1", TTL).orElseThrow();
        letPass(TTL);
        SeenEvents.Mark later = seen.mark("teams:activity:a:1", TTL).orElseThrow();

        seen.forget(early);

        assertThat(later).isNotEqualTo(early);
        assertThat(seen.firstSighting("teams:activity:a:1", TTL)).as("the later sighting still counts").isFalse();
    }

    @Test
    void takingBackAMarkTwiceOrForAnotherEventChangesNothingElse() {
        SeenEvents.Mark mark = seen.mark("teams:activity:a:1", TTL).orElseThrow();
        seen.firstSighting("teams:activity:a:2", TTL);

        seen.forget(mark);
        seen.forget(mark);
        seen.forget(new SeenEvents.Mark("teams:activity:a:3", mark.sighting()));

        assertThat(seen.firstSighting("teams:activity:a:2", TTL)).isFalse();
        assertThat(seen.firstSighting("teams:activity:a:1", TTL)).isTrue();
    }

    @Test
    void ofConcurrentDeliveriesAfterAMarkWasTakenBackExactlyOneIsTheFirst() throws Exception {
        seen.forget(seen.mark("teams:activity:a:1", Duration.ofMinutes(10)).orElseThrow());

        List<Boolean> first = Race.run(8, runner -> seen.firstSighting("teams:activity:a:1", Duration.ofMinutes(10)));

        assertThat(first).filteredOn(Boolean::booleanValue).hasSize(1);
    }
}
