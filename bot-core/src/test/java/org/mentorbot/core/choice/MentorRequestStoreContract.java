package org.mentorbot.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.choice.MentorRequestStore.HoldOutcome.HELD;
import static org.mentorbot.core.choice.MentorRequestStore.HoldOutcome.MENTEE_HAS_PENDING;
import static org.mentorbot.core.choice.MentorRequestStore.HoldOutcome.MENTOR_FULL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.choice.MentorRequestStore.HoldOutcome;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link MentorRequestStore} shares: a pending request holds a seat counted
 * together with the mentor's open pairings, a mentee has one pending request at a time, one of
 * an answer and the timeout wins, due requests come from the due-time index, and erasure.
 * The race tests hold implementations to the atomicity the port promises.
 */
public abstract class MentorRequestStoreContract {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final ParticipantId MENTOR = new ParticipantId("slack:MENTOR");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");
    private static final ParticipantId OTHER = new ParticipantId("teams:other");

    /** A program's pairing store and request store over one key space. */
    public record Space(PairingStore pairings, MentorRequestStore requests) {
    }

    /** New, empty stores; called before each test. */
    protected abstract Space newSpace();

    private Space space;
    private MentorRequestStore store;
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void setUp() {
        space = newSpace();
        store = space.requests();
    }

    private MentorRequest request(ParticipantId mentee, ParticipantId mentor, Duration dueIn) {
        return new MentorRequest(new RequestId("request-" + ids.incrementAndGet()), mentee, mentor, MentorRequest.Status.PENDING,
                NOW, NOW.plus(dueIn), 42, List.of(MatchReason.of("reason.sharedSkills", "go")), null);
    }

    private MentorRequest request(ParticipantId mentee, ParticipantId mentor) {
        return request(mentee, mentor, Duration.ofDays(3));
    }

    @Test
    void aPendingRequestHoldsASeatAndIsReadBack() {
        MentorRequest asked = request(MENTEE, MENTOR);

        assertThat(store.hold(asked, 1)).isEqualTo(HELD);

        assertThat(store.find(asked.id())).contains(asked);
        assertThat(store.of(MENTEE)).containsExactly(asked);
        assertThat(store.of(MENTOR)).containsExactly(asked);
        assertThat(store.holdingSeats()).containsExactly(asked);
        assertThat(store.hold(request(OTHER, MENTOR), 1)).isEqualTo(MENTOR_FULL);
    }

    @Test
    void aMenteeHasOnePendingRequestAtATime() {
        store.hold(request(MENTEE, MENTOR), 2);

        assertThat(store.hold(request(MENTEE, OTHER), 2)).isEqualTo(MENTEE_HAS_PENDING);
        assertThat(store.of(MENTEE)).hasSize(1);
    }

    @Test
    void openPairingsCountAgainstTheSeats() {
        space.pairings().create(new Pairing(new PairId("pair-1"), MENTOR, OTHER, PairingStatus.ACTIVE, NOW, 1, List.of(),
                Duration.ofDays(14), NOW, null, 0, false, null), 2);

        assertThat(store.hold(request(MENTEE, MENTOR), 1)).isEqualTo(MENTOR_FULL);
        assertThat(store.hold(request(MENTEE, MENTOR), 2)).isEqualTo(HELD);
    }

    @Test
    void declineAndExpiryReleaseTheSeatAcceptanceKeepsItUntilReleased() {
        MentorRequest first = request(MENTEE, MENTOR);
        store.hold(first, 1);

        assertThat(store.resolve(first.id(), MentorRequest.Status.ACCEPTED, NOW.plusSeconds(5))).isTrue();
        assertThat(store.find(first.id()).orElseThrow().status()).isEqualTo(MentorRequest.Status.ACCEPTED);
        assertThat(store.find(first.id()).orElseThrow().answeredAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(store.hold(request(OTHER, MENTOR), 1)).as("accepted, not yet released").isEqualTo(MENTOR_FULL);
        store.release(first.id());
        assertThat(store.holdingSeats()).isEmpty();

        MentorRequest second = request(OTHER, MENTOR);
        assertThat(store.hold(second, 1)).isEqualTo(HELD);
        assertThat(store.resolve(second.id(), MentorRequest.Status.DECLINED, NOW)).isTrue();
        assertThat(store.hold(request(OTHER, MENTOR), 1)).as("the mentee may ask again, the seat is free").isEqualTo(HELD);
    }

    @Test
    void onlyOneOfAnAnswerAndTheTimeoutWins() {
        MentorRequest asked = request(MENTEE, MENTOR);
        store.hold(asked, 1);

        assertThat(store.resolve(asked.id(), MentorRequest.Status.EXPIRED, NOW)).isTrue();
        assertThat(store.resolve(asked.id(), MentorRequest.Status.ACCEPTED, NOW)).isFalse();
        assertThat(store.find(asked.id()).orElseThrow().status()).isEqualTo(MentorRequest.Status.EXPIRED);
        assertThat(store.resolve(new RequestId("request-unknown"), MentorRequest.Status.DECLINED, NOW)).isFalse();
    }

    @Test
    void dueRequestsComeEarliestFirstAndLeaveTheIndexOnceAnswered() {
        MentorRequest soon = request(MENTEE, MENTOR, Duration.ofHours(1));
        MentorRequest later = request(OTHER, MENTOR, Duration.ofDays(3));
        store.hold(later, 2);
        store.hold(soon, 2);

        assertThat(store.due(NOW.plus(Duration.ofHours(2)), 10)).containsExactly(soon);
        assertThat(store.due(NOW.plus(Duration.ofDays(4)), 10)).containsExactly(soon, later);
        assertThat(store.due(NOW.plus(Duration.ofDays(4)), 1)).containsExactly(soon);
        store.resolve(soon.id(), MentorRequest.Status.EXPIRED, NOW);
        assertThat(store.due(NOW.plus(Duration.ofDays(4)), 10)).containsExactly(later);
    }

    @Test
    void suggestionsAreRememberedPerMentee() {
        store.suggest(MENTEE, List.of(MENTOR, OTHER));
        store.suggest(MENTEE, List.of(OTHER));

        assertThat(store.suggestions(MENTEE)).containsExactly(OTHER);
        assertThat(store.suggestions(OTHER)).isEmpty();
    }

    @Test
    void deletingAPersonErasesTheirRequestsAndSuggestions() {
        MentorRequest asked = request(MENTEE, MENTOR);
        store.hold(asked, 1);
        store.suggest(MENTEE, List.of(MENTOR));

        store.deleteAllOf(MENTEE);

        assertThat(store.find(asked.id())).isEmpty();
        assertThat(store.of(MENTOR)).isEmpty();
        assertThat(store.holdingSeats()).isEmpty();
        assertThat(store.due(NOW.plus(Duration.ofDays(9)), 10)).isEmpty();
        assertThat(store.suggestions(MENTEE)).isEmpty();
        assertThat(store.hold(request(OTHER, MENTOR), 1)).isEqualTo(HELD);
    }

    @Test
    void deletingAMentorTakesThemOutOfEveryMenteesSuggestions() {
        ParticipantId third = new ParticipantId("slack:THIRD");
        store.suggest(MENTEE, List.of(MENTOR, OTHER));
        store.suggest(third, List.of(MENTOR));

        store.deleteAllOf(MENTOR);

        assertThat(store.suggestions(MENTEE)).containsExactly(OTHER);
        assertThat(store.suggestions(third)).isEmpty();
    }

    @Test
    void menteesRacingForTheLastSeatNeverDoubleBookIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            ParticipantId mentor = new ParticipantId("slack:MENTOR-" + round);
            space.pairings().create(new Pairing(new PairId("pair-race-" + round), mentor, new ParticipantId("slack:EARLIER-" + round),
                    PairingStatus.ACTIVE, NOW, 1, List.of(), Duration.ofDays(14), NOW, null, 0, false, null), 3);
            List<HoldOutcome> outcomes = Race.run(12, runner -> store.hold(
                    request(new ParticipantId("slack:RACER-" + mentor.value() + "-" + runner), mentor), 3));

            assertThat(outcomes.stream().filter(HELD::equals)).as("one pairing + two held seats = three").hasSize(2);
            assertThat(outcomes.stream().filter(MENTOR_FULL::equals)).hasSize(10);
            assertThat(store.of(mentor)).hasSize(2);
        }
    }

    @Test
    void aMenteeRacingForTwoMentorsHoldsOneRequest() throws Exception {
        List<HoldOutcome> outcomes = Race.run(8, runner -> store.hold(
                request(MENTEE, new ParticipantId("slack:MENTOR-" + runner)), 1));

        assertThat(outcomes.stream().filter(HELD::equals)).hasSize(1);
        assertThat(outcomes.stream().filter(MENTEE_HAS_PENDING::equals)).hasSize(7);
    }
}
