package org.mentorbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ScheduledProgram;
import org.mentorbot.core.testkit.RecordingMessenger;

/** Feedback polls on time: once after the introduction, once more when the program ends, each exactly once. */
class ScheduledPollsTest {

    static final Duration CADENCE = Duration.ofSeconds(5);
    static final Instant DUE = ScheduledProgram.START.plus(Duration.ofDays(30));
    static final Instant PROGRAM_END = DUE.plus(Duration.ofDays(60));

    final RecordingMessenger messenger = new RecordingMessenger();
    final ScheduledProgram scheduled = new ScheduledProgram(messenger, CADENCE);
    final FeedbackFlow feedback = scheduled.program.feedback();
    final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aPairIsPolledWhenDueAndOnceMoreWhenTheProgramEnds() {
        Pairing pair = scheduled.pairs(1, CADENCE, DUE).get(0);
        ProgramEnd end = ProgramEnd.at(PROGRAM_END);

        assertThat(feedback.sendDue(DUE.minusSeconds(1), end, pool).sent()).isZero();
        assertThat(feedback.sendDue(DUE, end, pool).sent()).isEqualTo(1);
        assertThat(feedback.sendDue(DUE.plus(Duration.ofDays(1)), end, pool).sent()).isZero();
        assertThat(feedback.sendDue(PROGRAM_END, end, pool).sent()).isEqualTo(1);
        assertThat(feedback.sendDue(PROGRAM_END.plus(Duration.ofDays(365)), end, pool).sent()).isZero();
        assertThat(messenger.inbox(pair.mentee(), Message.Kind.POLL)).hasSize(2);
        assertThat(scheduled.stores.feedback().polls()).hasSize(2);
    }

    @Test
    void withoutAProgramEndAPairIsPolledOnce() {
        scheduled.pairs(3, CADENCE, DUE);
        assertThat(feedback.sendDue(DUE, ProgramEnd.NEVER, pool).sent()).isEqualTo(3);
        assertThat(feedback.sendDue(DUE.plus(Duration.ofDays(400)), ProgramEnd.NEVER, pool).sent()).isZero();
    }

    @Test
    void aPausedPairIsNotPolledAndAFailedPollIsRetriedUntilItReachesThePair() {
        Pairing paused = scheduled.pairs(2, CADENCE, DUE).get(0);
        new PairingLifecycle(scheduled.stores.pairings()).pauseAllOf(paused.mentor());
        Pairing other = scheduled.stores.pairings().find(new PairId("pair-1")).orElseThrow();
        messenger.makeUnreachable(other.mentor());
        messenger.makeUnreachable(other.mentee());

        assertThat(feedback.sendDue(DUE, ProgramEnd.NEVER, pool).failed()).isEqualTo(1);
        assertThat(scheduled.stores.feedback().polls()).as("recorded only once accepted").isEmpty();

        RecordingMessenger reachable = new RecordingMessenger();
        FeedbackFlow recovered = new FeedbackFlow(scheduled.stores.pairings(), scheduled.stores.feedback(), reachable,
                kind -> kind + "-again", Copy.english(), ScheduledProgram.BEHIND);
        assertThat(recovered.sendDue(DUE.plus(CADENCE), ProgramEnd.NEVER, pool).sent()).isEqualTo(1);
        assertThat(reachable.inbox(other.mentee(), Message.Kind.POLL)).hasSize(1);
        assertThat(reachable.inbox(paused.mentee())).isEmpty();
    }
}
