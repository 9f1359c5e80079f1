package org.mentorbot.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * The behaviour every {@link JourneyStore} shares: a pair with nothing stored has an empty
 * journey, a journey is replaced only from what is stored (compare-and-set), and erasure takes
 * exactly the pairs it names.
 */
public abstract class JourneyStoreContract {

    private static final Instant AT = Instant.parse("2026-05-04T09:00:00.5Z");
    private static final PairId PAIR = new PairId("pair-1");
    private static final PairId OTHER = new PairId("pair-2");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");

    private JourneyStore store;

    protected abstract JourneyStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void aPairWithNothingStoredHasAnEmptyJourney() {
        assertThat(store.of(PAIR)).isEqualTo(Journey.empty(PAIR));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void keepsEverythingOfAJourneyExactly() {
        Journey full = full(PAIR);

        assertThat(store.replace(Journey.empty(PAIR), full)).isTrue();

        assertThat(store.of(PAIR)).isEqualTo(full);
        assertThat(store.all()).containsExactly(full);
    }

    @Test
    void replacesOnlyFromTheStoredJourney() {
        Journey first = Journey.empty(PAIR).withGoals(List.of(goal("Ship it", GoalStatus.NOT_STARTED)));
        store.replace(Journey.empty(PAIR), first);

        Journey mine = first.withGoals(List.of(goal("Ship it", GoalStatus.ACHIEVED)));
        Journey theirs = first.withMeeting(meeting("From a stale read"));
        assertThat(store.replace(first, mine)).isTrue();
        assertThat(store.replace(first, theirs)).as("a stale journey is refused").isFalse();
        assertThat(store.replace(Journey.empty(PAIR), theirs)).as("so is an empty one once something is stored").isFalse();

        assertThat(store.of(PAIR)).isEqualTo(mine);
    }

    @Test
    void erasesTheJourneysOfTheNamedPairsOnly() {
        store.replace(Journey.empty(PAIR), full(PAIR));
        store.replace(Journey.empty(OTHER), full(OTHER));

        store.deleteOf(List.of(PAIR));

        assertThat(store.of(PAIR)).isEqualTo(Journey.empty(PAIR));
        assertThat(store.all()).containsExactly(full(OTHER));
        store.deleteOf(List.of());
        assertThat(store.all()).hasSize(1);
    }

    private static Journey full(PairId pair) {
        return Journey.empty(pair)
                .withGoals(List.of(goal("Lead a design review", GoalStatus.IN_PROGRESS), goal("Ünïcode \"quoted\"\nline", GoalStatus.ACHIEVED)))
                .withMeeting(meeting("Talked about reviews"))
                .handled(Milestone.GOALS_PROMPT)
                .handled(Milestone.NOT_STARTED_FLAG)
                .withReflection(new Reflection(Milestone.MIDPOINT_REVIEW, MENTEE, "Practising out loud", AT));
    }

    private static Goal goal(String what, GoalStatus status) {
        return new Goal(what, "end of June", status, MENTEE, AT);
    }

    private static Meeting meeting(String notes) {
        return new Meeting(LocalDate.parse("2026-05-01"), 45, List.of(1, 2), notes, MENTEE, AT);
    }
}
