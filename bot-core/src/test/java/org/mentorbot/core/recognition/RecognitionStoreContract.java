package org.mentorbot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link RecognitionStore} shares: thanks by sender and by recipient, shared
 * once; meetings counted once per id; milestones marked once; opt-ins; and erasure of a person.
 */
public abstract class RecognitionStoreContract {

    private static final ParticipantId MAYA = new ParticipantId("slack:UMAYA");
    private static final ParticipantId ED = new ParticipantId("slack:UED");
    private static final ParticipantId RUI = new ParticipantId("teams:rui");
    private static final PairId PAIR = new PairId("pair-1");
    private static final Instant AT = Instant.parse("2026-05-04T09:00:00.5Z");

    private RecognitionStore store;

    protected abstract RecognitionStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void keepsThanksBySenderAndRecipientAndCountsThem() {
        Thanks thanks = new Thanks("thanks-1", ED, MAYA, PAIR, "Thank you for <b>everything</b> \"Maya\"", AT, false);
        store.saveThanks(thanks);
        store.saveThanks(new Thanks("thanks-2", MAYA, ED, PAIR, "", AT.plusSeconds(1), false));
        assertThat(store.findThanks("thanks-1")).contains(thanks);
        assertThat(store.thanksFrom(ED)).containsExactly(thanks);
        assertThat(store.thanksTo(MAYA)).containsExactly(thanks);
        assertThat(store.thanksTo(RUI)).isEmpty();
        assertThat(store.thanksSent()).isEqualTo(2);
        assertThat(store.findThanks("thanks-9")).isEmpty();
    }

    @Test
    void aThankYouIsSharedOnceEvenWhenManyTryAtOnce() throws Exception {
        store.saveThanks(new Thanks("thanks-1", ED, MAYA, PAIR, "Thanks", AT, false));
        List<Boolean> shared = Race.run(6, runner -> store.markShared("thanks-1"));
        assertThat(shared).containsOnlyOnce(true);
        assertThat(store.findThanks("thanks-1")).get().extracting(Thanks::shared).isEqualTo(true);
        assertThat(store.markShared("thanks-9")).isFalse();
    }

    @Test
    void countsEachMeetingOnce() throws Exception {
        assertThat(store.recordMeeting(MAYA, "checkin:1")).isTrue();
        assertThat(store.recordMeeting(MAYA, "checkin:1")).isFalse();
        List<Boolean> recorded = Race.run(6, runner -> store.recordMeeting(MAYA, "checkin:2"));
        assertThat(recorded).containsOnlyOnce(true);
        assertThat(store.meetingsHeld(MAYA)).isEqualTo(2);
        assertThat(store.meetingsHeld(RUI)).isZero();
        assertThat(store.mentorsWithMeetings()).containsExactly(MAYA);
    }

    @Test
    void marksAMilestoneOnce() throws Exception {
        List<Boolean> marked = Race.run(6, runner -> store.markMilestone(MAYA, "FIVE_MEETINGS"));
        assertThat(marked).containsOnlyOnce(true);
        store.markMilestone(MAYA, "GOAL_ACHIEVED:slack:UED");
        assertThat(store.milestonesOf(MAYA)).containsExactlyInAnyOrder("FIVE_MEETINGS", "GOAL_ACHIEVED:slack:UED");
        assertThat(store.milestonesOf(ED)).isEmpty();
    }

    @Test
    void remembersWhoOptedIn() {
        assertThat(store.optedIn(MAYA)).isFalse();
        store.optIn(MAYA, true);
        store.optIn(RUI, true);
        store.optIn(RUI, false);
        assertThat(store.optedIn(MAYA)).isTrue();
        assertThat(store.optedIn()).containsExactly(MAYA);
    }

    @Test
    void forgetsAPersonsThanksMeetingsMilestonesAndChoice() {
        store.saveThanks(new Thanks("thanks-1", ED, MAYA, PAIR, "Thanks", AT, false));
        store.saveThanks(new Thanks("thanks-2", MAYA, ED, PAIR, "You too", AT, false));
        store.saveThanks(new Thanks("thanks-3", RUI, ED, new PairId("pair-2"), "Hi", AT, false));
        store.recordMeeting(MAYA, "checkin:1");
        store.markMilestone(MAYA, "FIRST_MEETING");
        store.optIn(MAYA, true);
        store.forget(MAYA);
        assertThat(store.thanksFrom(ED)).isEmpty();
        assertThat(store.thanksTo(ED)).extracting(Thanks::id).containsExactly("thanks-3");
        assertThat(store.findThanks("thanks-1")).isEmpty();
        assertThat(store.meetingsHeld(MAYA)).isZero();
        assertThat(store.mentorsWithMeetings()).isEmpty();
        assertThat(store.milestonesOf(MAYA)).isEmpty();
        assertThat(store.optedIn(MAYA)).isFalse();
    }
}
