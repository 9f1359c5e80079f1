package org.mentorbot.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * The behaviour every {@link JourneyStore} shares: a pair with nothing stored has an empty
 * journey, a journey is replaced only from what is stored (compare-and-set), and erasure takes
 * exactly the pairs it names. The journey numbers it keeps equal a recount of its journeys after
 * every change.
 */
public abstract class JourneyStoreContract {

    private static final Instant AT = Instant.parse("2026-05-04T09:00:00.5Z");
    private static final PairId PAIR = new PairId("pair-1");
    private static final PairId OTHER = new PairId("pair-2");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");
    private static final ParticipantId MENTOR = new ParticipantId("slack:MENTOR");

    private JourneyStore store;
    private PairingStore pairings;

    /** A journey store and the pairing store of the same program, both empty. */
    protected record Space(PairingStore pairings, JourneyStore journeys) {
        public Space {
        }
    }

    protected abstract Space newSpace();

    @BeforeEach
    void emptyStore() {
        Space space = newSpace();
        store = space.journeys();
        pairings = space.pairings();
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
    void keepsTheJourneyNumbersEqualToARecountThroughEveryChange() {
        introduce(PAIR, "2026-04-27T23:30:00Z");
        introduce(OTHER, "2026-04-20T08:00:00Z");
        assertThat(store.stats()).isEqualTo(JourneyStats.NONE);

        Journey goals = change(Journey.empty(PAIR), j -> j.withGoals(List.of(goal("Ship it", GoalStatus.NOT_STARTED),
                goal("Speak up", GoalStatus.IN_PROGRESS))));
        Journey achieved = change(goals, j -> j.withGoals(List.of(goal("Ship it", GoalStatus.ACHIEVED),
                goal("Speak up", GoalStatus.IN_PROGRESS))));
        Journey met = change(achieved, j -> j.withMeeting(new Meeting(LocalDate.parse("2026-05-01"), 45, List.of(1), "x", MENTEE, AT)));
        Journey earlier = change(met, j -> j.withMeeting(new Meeting(LocalDate.parse("2026-04-29"), 30, List.of(), "", MENTOR, AT)));
        Journey other = change(Journey.empty(OTHER), j -> j.withMeeting(meeting("Kick-off")).handled(Milestone.GOALS_PROMPT));
        assertThat(store.replace(met, met.withMeeting(meeting("stale")))).as("a refused change moves nothing").isFalse();
        assertRecounted();
        assertThat(store.stats()).isEqualTo(new JourneyStats(1, 1, 3, 120, List.of(2L, 11L)));

        Journey erased = change(earlier, j -> j.withoutPerson(MENTEE, new ParticipantId("erased:1"), words -> "…"));
        change(erased, j -> j.withGoals(List.of()));
        change(other, j -> j.withReflection(new Reflection(Milestone.MIDPOINT_REVIEW, MENTOR, "Good", AT)));
        Pairing ended = pairings.find(OTHER).orElseThrow();
        pairings.replace(ended, ended.ended(new Pairing.Ending(AT, MENTOR, "left")));
        assertRecounted();
        assertThat(store.stats()).isEqualTo(new JourneyStats(0, 0, 3, 120, List.of(2L, 11L)));
    }

    @Test
    void aMedianOfTheDaysToFirstMeetingComesFromTheCounters() {
        for (int i = 0; i < 4; i++) {
            long n = i;
            PairId pair = new PairId("pair-m" + n);
            introduce(pair, "2026-04-01T10:00:00Z");
            change(Journey.empty(pair), j -> j.withMeeting(new Meeting(LocalDate.parse("2026-04-01").plusDays(n * 2), 60,
                    List.of(), "", MENTEE, AT)));
        }

        assertThat(store.stats().medianDaysToFirstMeeting(new Anonymity(3))).hasValue(3.0);
        assertThat(store.stats().medianDaysToFirstMeeting(new Anonymity(5))).isEmpty();
    }

    private Journey change(Journey current, UnaryOperator<Journey> how) {
        Journey updated = how.apply(current);
        assertThat(store.replace(current, updated)).isTrue();
        assertRecounted();
        return updated;
    }

    private void assertRecounted() {
        assertThat(store.stats()).isEqualTo(JourneyStats.counted(store.all(),
                pair -> pairings.find(pair).map(JourneyStats::introducedOn)));
    }

    private void introduce(PairId pair, String at) {
        Instant started = Instant.parse(at);
        Pairing pairing = new Pairing(pair, new ParticipantId(MENTOR.value() + pair.value()),
                new ParticipantId(MENTEE.value() + pair.value()), PairingStatus.ACTIVE, started, 40, List.of(),
                Duration.ofDays(14), started.plus(Duration.ofDays(14)), started.plus(Duration.ofDays(30)), 0, false, null);
        assertThat(pairings.create(pairing, 3)).isEqualTo(PairingStore.CreateOutcome.CREATED);
        assertThat(Optional.of(pairing)).isEqualTo(pairings.find(pair));
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
