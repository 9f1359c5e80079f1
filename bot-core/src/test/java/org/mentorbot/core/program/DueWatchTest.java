package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * The scheduler's tick as a story: a first tick reads the programs, later idle ticks look once each and nothing
 * more, a program created between two ticks is looked at in the very next one, and a program that has ended no
 * longer calls for check-ins or playbook steps though its pairs still stand due, while its last polls do.
 */
class DueWatchTest {

    private static final ProgramSlug ENG = new ProgramSlug("eng");

    private final ProgramRegistry.StoreSpace space = Stores.inMemory().inMemorySpace();
    private final Conversation conversation = new Conversation(space, List.of(Conversation.defaultProgram(
            new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3))));
    private final AtomicInteger looks = new AtomicInteger();
    private final StoresDueLookout lookout = new StoresDueLookout(conversation.programs, space);
    private final DueWatch watch = new DueWatch(conversation.registry, (now, programs) -> {
        looks.incrementAndGet();
        return lookout.look(now, programs);
    });
    private int pairs;

    @Test
    void anIdleTickIsOneLook() {
        Instant now = conversation.clock.instant();
        assertThat(watch.dueAt(now)).isEmpty();
        looks.set(0);

        for (int tick = 1; tick <= 5; tick++) {
            assertThat(watch.dueAt(now.plusSeconds(tick))).isEmpty();
        }

        assertThat(looks).hasValue(5);
    }

    @Test
    void aProgramCreatedBetweenTwoTicksIsLookedAtInTheNext() {
        Instant now = conversation.clock.instant();
        assertThat(watch.dueAt(now)).isEmpty();
        looks.set(0);

        conversation.programs.save(Program.named(ENG, "Engineering"));
        pairDue(ENG, now);

        assertThat(watch.dueAt(now)).containsExactlyInAnyOrder(DueKind.CHECK_IN, DueKind.FEEDBACK);
        assertThat(looks).as("a look, the programs read again, a look over them").hasValue(2);
        assertThat(watch.dueAt(now)).containsExactlyInAnyOrder(DueKind.CHECK_IN, DueKind.FEEDBACK);
        assertThat(looks).hasValue(3);
    }

    @Test
    void anEndedProgramCallsForItsLastPollsButNoMoreCheckInsOrPlaybookSteps() {
        Instant now = conversation.clock.instant();
        conversation.programs.save(Program.named(ENG, "Engineering").closed(now.minusSeconds(60)));
        Pairing pairing = pairDue(ENG, now);
        space.of(ENG).pairings().scheduleLook(pairing.id(), DueIndex.PLAYBOOK, now);

        assertThat(watch.dueAt(now)).containsExactly(DueKind.FEEDBACK);
    }

    /** An active pair of the program with its check-in and its poll due at {@code at}. */
    private Pairing pairDue(ProgramSlug program, Instant at) {
        pairs++;
        Pairing pairing = new Pairing(new PairId("pair-" + pairs), new ParticipantId("slack:UMENTOR" + pairs),
                new ParticipantId("slack:UMENTEE" + pairs), PairingStatus.ACTIVE, at.plusSeconds(1), 10, List.of(),
                Duration.ofDays(14), at, at, 0, false, null);
        space.of(program).pairings().create(pairing, 1);
        return pairing;
    }
}
