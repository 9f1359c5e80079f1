package org.mentorbot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link CheckInStore} shares: check-ins are stored as delivered, the first
 * answer counts and later ones are told the earlier answer, and a pair's check-ins can be erased.
 */
public abstract class CheckInStoreContract {

    private static final Instant SENT = Instant.parse("2026-05-04T09:00:00.5Z");
    private static final PairId PAIR = new PairId("pair-1");
    private static final ParticipantId MENTOR = new ParticipantId("slack:MENTOR");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");

    private CheckInStore store;

    /** A new, empty store; called before each test. */
    protected abstract CheckInStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void findsASavedCheckInUnanswered() {
        CheckIn checkIn = checkIn("checkin-1", PAIR);

        store.save(checkIn);

        assertThat(store.find(checkIn.id())).contains(checkIn);
        assertThat(store.find(checkIn.id()).orElseThrow().answered()).isEmpty();
    }

    @Test
    void listsThePairsCheckInsOnly() {
        CheckIn mine = checkIn("checkin-1", PAIR);
        CheckIn theirs = checkIn("checkin-2", new PairId("pair-2"));
        store.save(mine);
        store.save(theirs);
        store.answer(mine.id(), answer(CheckInOutcome.MET, MENTOR));

        assertThat(store.of(PAIR)).extracting(CheckIn::id).containsExactly(mine.id());
        assertThat(store.of(PAIR).get(0).answered()).isPresent();
        assertThat(store.of(new PairId("pair-unknown"))).isEmpty();
    }

    @Test
    void findsNothingUnknown() {
        assertThat(store.find(new CheckInId("checkin-unknown"))).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void keepsACheckInThatWasSavedAnswered() {
        CheckIn answered = new CheckIn(new CheckInId("checkin-1"), PAIR, SENT, answer(CheckInOutcome.NEED_HELP, MENTEE));

        store.save(answered);

        assertThat(store.find(answered.id())).contains(answered);
    }

    @Test
    void savingAgainReplacesTheCheckIn() {
        CheckIn answered = new CheckIn(new CheckInId("checkin-1"), PAIR, SENT, answer(CheckInOutcome.MET, MENTOR));
        CheckIn unanswered = checkIn("checkin-1", PAIR);
        store.save(answered);

        store.save(unanswered);

        assertThat(store.all()).containsExactly(unanswered);
    }

    @Test
    void theFirstAnswerIsRecordedAndReturned() {
        CheckIn checkIn = checkIn("checkin-1", PAIR);
        store.save(checkIn);
        CheckIn.Answer met = answer(CheckInOutcome.MET, MENTEE);
        CheckIn expected = new CheckIn(checkIn.id(), PAIR, SENT, met);

        assertThat(store.answer(checkIn.id(), met)).contains(expected);

        assertThat(store.find(checkIn.id())).contains(expected);
    }

    @Test
    void aLaterAnswerGetsTheEarlierOneBackAndChangesNothing() {
        CheckIn checkIn = checkIn("checkin-1", PAIR);
        store.save(checkIn);
        CheckIn.Answer first = answer(CheckInOutcome.NOT_YET, MENTOR);
        store.answer(checkIn.id(), first);

        Optional<CheckIn> later = store.answer(checkIn.id(), answer(CheckInOutcome.MET, MENTEE));

        CheckIn expected = new CheckIn(checkIn.id(), PAIR, SENT, first);
        assertThat(later).contains(expected);
        assertThat(store.find(checkIn.id())).contains(expected);
    }

    @Test
    void answeringAnUnknownCheckInFindsNothingAndStoresNothing() {
        CheckInId unknown = new CheckInId("checkin-unknown");

        assertThat(store.answer(unknown, answer(CheckInOutcome.MET, MENTEE))).isEmpty();

        assertThat(store.find(unknown)).isEmpty();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void listsEveryCheckInWithItsAnswer() {
        CheckIn one = checkIn("checkin-1", PAIR);
        CheckIn two = checkIn("checkin-2", new PairId("pair-2"));
        store.save(one);
        store.save(two);
        CheckIn.Answer met = answer(CheckInOutcome.MET, MENTEE);
        store.answer(one.id(), met);

        assertThat(store.all()).containsExactlyInAnyOrder(new CheckIn(one.id(), PAIR, SENT, met), two);
    }

    @Test
    void reattributesThePersonsAnswersInThePairsNamedAndKeepsWhatWasAnswered() {
        ParticipantId placeholder = new ParticipantId("erased:1");
        PairId other = new PairId("pair-2");
        CheckIn theirs = checkIn("checkin-1", PAIR);
        CheckIn partners = checkIn("checkin-2", PAIR);
        CheckIn unanswered = checkIn("checkin-3", PAIR);
        CheckIn elsewhere = checkIn("checkin-4", other);
        List.of(theirs, partners, unanswered, elsewhere).forEach(store::save);
        CheckIn.Answer met = answer(CheckInOutcome.MET, MENTEE);
        CheckIn.Answer notYet = answer(CheckInOutcome.NOT_YET, MENTOR);
        store.answer(theirs.id(), met);
        store.answer(partners.id(), notYet);
        store.answer(elsewhere.id(), met);

        store.reattribute(List.of(PAIR), MENTEE, placeholder);

        assertThat(store.all()).containsExactlyInAnyOrder(
                new CheckIn(theirs.id(), PAIR, SENT, new CheckIn.Answer(CheckInOutcome.MET, placeholder, met.at())),
                new CheckIn(partners.id(), PAIR, SENT, notYet), unanswered, new CheckIn(elsewhere.id(), other, SENT, met));
        assertThat(store.answer(theirs.id(), answer(CheckInOutcome.NOT_YET, MENTOR)).orElseThrow().answer().by())
                .as("still answered once").isEqualTo(placeholder);
    }

    @Test
    void ofManyPressesAtOnceOneAnswerIsRecordedAndEveryoneSeesIt() throws Exception {
        CheckIn checkIn = checkIn("checkin-1", PAIR);
        store.save(checkIn);
        CheckInOutcome[] outcomes = CheckInOutcome.values();

        List<CheckIn> seen = Race.run(8, runner -> store.answer(checkIn.id(),
                answer(outcomes[runner % outcomes.length], runner % 2 == 0 ? MENTOR : MENTEE, runner)).orElseThrow());

        CheckIn stored = store.find(checkIn.id()).orElseThrow();
        assertThat(stored.answered()).isPresent();
        assertThat(seen).allSatisfy(answered -> assertThat(answered).isEqualTo(stored));
    }

    private static CheckIn checkIn(String id, PairId pair) {
        return new CheckIn(new CheckInId(id), pair, SENT, null);
    }

    private static CheckIn.Answer answer(CheckInOutcome outcome, ParticipantId by) {
        return answer(outcome, by, 0);
    }

    private static CheckIn.Answer answer(CheckInOutcome outcome, ParticipantId by, int secondsLater) {
        return new CheckIn.Answer(outcome, by, SENT.plus(Duration.ofHours(2).plusSeconds(secondsLater)));
    }
}
