package org.mentorbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link FeedbackStore} shares: polls are stored and listed, each person
 * answers a poll at most once (a double submit records one response), and a person's responses
 * and their pairs' polls can be erased.
 */
public abstract class FeedbackStoreContract {

    private static final Instant SENT = Instant.parse("2026-06-01T12:00:00.000001Z");
    private static final PairId PAIR = new PairId("pair-1");
    private static final ParticipantId MENTOR = new ParticipantId("slack:MENTOR");
    private static final ParticipantId MENTEE = new ParticipantId("slack:MENTEE");

    private FeedbackStore store;

    /** A new, empty store; called before each test. */
    protected abstract FeedbackStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void findsASavedPollExactly() {
        Poll poll = poll("poll-1", PAIR);

        store.savePoll(poll);

        assertThat(store.findPoll(poll.id())).contains(poll);
        assertThat(store.polls()).containsExactly(poll);
    }

    @Test
    void findsNothingWhenEmpty() {
        assertThat(store.findPoll(new PollId("poll-unknown"))).isEmpty();
        assertThat(store.polls()).isEmpty();
        assertThat(store.responses()).isEmpty();
    }

    @Test
    void savingAPollAgainKeepsOne() {
        Poll poll = poll("poll-1", PAIR);
        Poll resent = new Poll(poll.id(), PAIR, SENT.plus(Duration.ofMinutes(5)));

        store.savePoll(poll);
        store.savePoll(resent);

        assertThat(store.polls()).containsExactly(resent);
    }

    @Test
    void listsThePollsOfOnePairAndKeepsWhetherOneWasRequested() {
        Poll sent = poll("poll-1", PAIR);
        Poll requested = new Poll(new PollId("poll-2"), PAIR, SENT.plus(Duration.ofDays(1)), true);
        Poll ofAnotherPair = poll("poll-3", new PairId("pair-2"));
        List.of(sent, requested, ofAnotherPair).forEach(store::savePoll);

        assertThat(store.pollsOf(PAIR)).containsExactlyInAnyOrder(sent, requested);
        assertThat(store.pollsOf(new PairId("pair-9"))).isEmpty();
        assertThat(store.findPoll(requested.id())).get().extracting(Poll::requested).isEqualTo(true);
    }

    @Test
    void knowsWhoAnsweredWhichPoll() {
        PollId poll = new PollId("poll-1");
        store.respond(response(poll, MENTEE, 4));

        assertThat(store.answered(poll, MENTEE)).isTrue();
        assertThat(store.answered(poll, MENTOR)).isFalse();
        assertThat(store.answered(new PollId("poll-2"), MENTEE)).isFalse();
    }

    @Test
    void recordsAResponseExactly() {
        FeedbackResponse response = new FeedbackResponse(new PollId("poll-1"), MENTEE, 4,
                "Très utile — \"great\" chats,\nthanks!", SENT.plus(Duration.ofDays(1)));

        assertThat(store.respond(response)).isTrue();

        assertThat(store.responses()).containsExactly(response);
    }

    @Test
    void eachPersonAnswersAPollOnce() {
        PollId poll = new PollId("poll-1");
        FeedbackResponse first = response(poll, MENTEE, 5);

        assertThat(store.respond(first)).isTrue();
        assertThat(store.respond(response(poll, MENTEE, 1))).isFalse();

        assertThat(store.responses()).containsExactly(first);
    }

    @Test
    void bothMembersAnswerAndEachPollIsAnsweredSeparately() {
        PollId poll = new PollId("poll-1");
        PollId later = new PollId("poll-2");
        FeedbackResponse byMentee = response(poll, MENTEE, 5);
        FeedbackResponse byMentor = response(poll, MENTOR, 3);
        FeedbackResponse laterByMentee = response(later, MENTEE, 4);

        assertThat(store.respond(byMentee)).isTrue();
        assertThat(store.respond(byMentor)).isTrue();
        assertThat(store.respond(laterByMentee)).isTrue();

        assertThat(store.responses()).containsExactlyInAnyOrder(byMentee, byMentor, laterByMentee);
    }

    @Test
    void erasesThePersonsResponsesOnlyAndKeepsThePollsAndThePartnersAnswers() {
        Poll ofPair = poll("poll-1", PAIR);
        store.savePoll(ofPair);
        store.respond(response(ofPair.id(), MENTEE, 5));
        FeedbackResponse partners = response(ofPair.id(), MENTOR, 4);
        store.respond(partners);

        store.deleteResponsesOf(MENTEE);

        assertThat(store.polls()).containsExactly(ofPair);
        assertThat(store.responses()).containsExactly(partners);
        assertThat(store.respond(response(ofPair.id(), MENTEE, 1))).as("a new person of the same id may answer").isTrue();
    }

    @Test
    void ofADoubleSubmitOneResponseIsRecorded() throws Exception {
        PollId poll = new PollId("poll-1");

        List<Boolean> recorded = Race.run(8, runner -> store.respond(response(poll, MENTEE, runner % 5 + 1)));

        assertThat(recorded).filteredOn(Boolean::booleanValue).hasSize(1);
        int winner = recorded.indexOf(true);
        assertThat(store.responses()).containsExactly(response(poll, MENTEE, winner % 5 + 1));
    }

    private static Poll poll(String id, PairId pair) {
        return new Poll(new PollId(id), pair, SENT);
    }

    private static FeedbackResponse response(PollId poll, ParticipantId by, int rating) {
        return new FeedbackResponse(poll, by, rating, "rated " + rating, SENT.plus(Duration.ofHours(rating)));
    }
}
