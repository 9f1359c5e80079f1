package org.mentorbot.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link PlaybookStore} shares: progress is created once, replaced only by
 * whoever saw the stored value, one claim of many at once wins, and a pair's progress can be erased.
 */
public abstract class PlaybookStoreContract {

    private static final PairId PAIR = new PairId("eng~pair-1");
    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00.5Z");

    private PlaybookStore store;

    protected abstract PlaybookStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void tellsWhenTheRecordedTimingOfTheStepsChanged() {
        assertThat(store.recordTiming("built-in, no end")).as("nothing recorded before").isFalse();
        assertThat(store.recordTiming("built-in, no end")).isFalse();
        assertThat(store.recordTiming("built-in, ends 2027-06-30")).isTrue();
        assertThat(store.recordTiming("built-in, ends 2027-06-30")).isFalse();
    }

    @Test
    void createsProgressOnlyWhenNoneIsStored() {
        PlaybookProgress first = new PlaybookProgress(PAIR, 1, NOW);
        assertThat(store.find(PAIR)).isEmpty();
        assertThat(store.replace(null, first)).isTrue();
        assertThat(store.replace(null, new PlaybookProgress(PAIR, 2, null))).isFalse();
        assertThat(store.find(PAIR)).contains(first);
    }

    @Test
    void replacesOnlyTheProgressTheCallerSaw() {
        PlaybookProgress claimed = new PlaybookProgress(PAIR, 1, NOW);
        store.replace(null, claimed);
        assertThat(store.replace(new PlaybookProgress(PAIR, 1, null), claimed.done(2))).isFalse();
        assertThat(store.replace(claimed, claimed.done(2))).isTrue();
        assertThat(store.find(PAIR)).contains(new PlaybookProgress(PAIR, 2, null));
    }

    @Test
    void ofManyClaimsAtOnceOneWins() throws Exception {
        PlaybookProgress stored = new PlaybookProgress(PAIR, 1, null);
        store.replace(null, stored);
        List<Boolean> wins = Race.run(8, runner -> store.replace(stored, stored.heldUntil(NOW.plusSeconds(runner))));
        assertThat(wins).containsOnlyOnce(true);
    }

    @Test
    void erasesThePairsProgress() {
        PairId other = new PairId("eng~pair-2");
        store.replace(null, new PlaybookProgress(PAIR, 1, null));
        store.replace(null, new PlaybookProgress(other, 3, null));
        store.deleteOf(List.of(PAIR));
        assertThat(store.find(PAIR)).isEmpty();
        assertThat(store.find(other)).isPresent();
    }
}
