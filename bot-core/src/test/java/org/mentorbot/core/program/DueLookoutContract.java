package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.choice.MentorRequestStore;
import org.mentorbot.core.choice.RequestId;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/**
 * What every {@link DueLookout} answers: per program, the kinds whose index holds an entry due now (an entry
 * due at the very instant counts, one a millisecond later does not), nothing for a program with nothing due or
 * nothing stored, only the programs asked about, and the programs' version as the store has it. One subclass per
 * technology, each given a fresh, empty space of programs.
 */
public abstract class DueLookoutContract {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(3));
    private static final ProgramSlug DEFAULT = ProgramSlug.DEFAULT;
    private static final ProgramSlug ENG = new ProgramSlug("eng");
    private static final ProgramSlug SALES = new ProgramSlug("sales");

    /** The programs, each program's stores and the lookout over them, all in one fresh space. */
    public record Space(ProgramStore programs, ProgramRegistry.StoreSpace stores, DueLookout lookout) {
    }

    /** A new, empty space; called before each test. */
    protected abstract Space newSpace();

    private Space space;
    private int pairs;

    @BeforeEach
    void emptySpace() {
        space = newSpace();
    }

    @Test
    void programsWithNothingStoredHaveNothingDue() {
        DueLookout.Seen seen = space.lookout().look(NOW, List.of(DEFAULT, ENG));

        assertThat(seen.due()).isEmpty();
        assertThat(seen.kinds()).isEmpty();
        assertThat(seen.programsVersion()).isEqualTo(space.programs().version());
    }

    @Test
    void pairsAndRequestsDueLaterAreNotDue() {
        pairDueAt(ENG, LATER);
        request(ENG, LATER);

        assertThat(space.lookout().look(NOW, List.of(ENG)).due()).isEmpty();
    }

    @Test
    void eachKindIsAnsweredWhenOnlyItIsDue() {
        for (DueKind kind : DueKind.values()) {
            space = newSpace();
            pairDueAt(ENG, LATER);
            dueNow(ENG, kind);

            assertThat(space.lookout().look(NOW, List.of(ENG)).due()).as(kind.name()).isEqualTo(Map.of(ENG, Set.of(kind)));
        }
    }

    @Test
    void severalKindsOfOneProgramAreAnsweredTogether() {
        dueNow(ENG, DueKind.CHECK_IN);
        dueNow(ENG, DueKind.FEEDBACK);

        assertThat(space.lookout().look(NOW, List.of(ENG)).due()).isEqualTo(Map.of(ENG, Set.of(DueKind.CHECK_IN, DueKind.FEEDBACK)));
    }

    @Test
    void anEntryDueAMillisecondLaterIsNotDueYet() {
        Pairing pairing = pairDueAt(DEFAULT, LATER);
        replace(pairing, pairing.withNextCheckInAt(NOW.plusMillis(1)));

        assertThat(space.lookout().look(NOW, List.of(DEFAULT)).due()).isEmpty();
        assertThat(space.lookout().look(NOW.plusMillis(1), List.of(DEFAULT)).due()).isEqualTo(Map.of(DEFAULT, Set.of(DueKind.CHECK_IN)));
    }

    @Test
    void answersEachProgramApartAndOnlyThoseAskedAbout() {
        Pairing inDefault = pairDueAt(DEFAULT, LATER);
        replace(inDefault, inDefault.withNextCheckInAt(NOW.minusSeconds(60)));
        request(ENG, NOW.minusSeconds(1));
        pairDueAt(ENG, LATER);
        Pairing inSales = pairDueAt(SALES, LATER);
        replace(inSales, inSales.withFeedbackDueAt(NOW));

        DueLookout.Seen seen = space.lookout().look(NOW, List.of(DEFAULT, ENG, new ProgramSlug("quiet")));

        assertThat(seen.due()).isEqualTo(Map.of(DEFAULT, Set.of(DueKind.CHECK_IN), ENG, Set.of(DueKind.MENTOR_REQUEST)));
        assertThat(seen.kinds()).containsExactlyInAnyOrder(DueKind.CHECK_IN, DueKind.MENTOR_REQUEST);
    }

    @Test
    void aPausedPairAndAnsweredRequestAreNotDue() {
        Pairing pairing = pairDueAt(ENG, NOW.minusSeconds(1));
        replace(pairing, new Pairing(pairing.id(), pairing.mentor(), pairing.mentee(), PairingStatus.PAUSED, pairing.startedAt(),
                pairing.score(), pairing.reasons(), pairing.cadence(), pairing.nextCheckInAt(), pairing.feedbackDueAt(), 0, false, null));
        MentorRequest asked = request(ENG, NOW.minusSeconds(1));
        space.stores().of(ENG).requests().resolve(asked.id(), MentorRequest.Status.DECLINED, NOW.minusSeconds(1));

        assertThat(space.lookout().look(NOW, List.of(ENG)).due()).isEmpty();
    }

    @Test
    void answersTheVersionOfTheProgramsAsItMoves() {
        long before = space.lookout().look(NOW, List.of(DEFAULT)).programsVersion();

        space.programs().save(Program.named(ENG, "Engineering"));

        long after = space.lookout().look(NOW, List.of(DEFAULT, ENG)).programsVersion();
        assertThat(after).isNotEqualTo(before).isEqualTo(space.programs().version());
        space.programs().save(Program.named(ENG, "Engineering"));
        assertThat(space.lookout().look(NOW, List.of(DEFAULT, ENG)).programsVersion()).as("saved as it was: no change").isEqualTo(after);
    }

    /** An active pair whose every due time but the playbook's is {@code at}, and whose playbook looks at it in a year. */
    private Pairing pairDueAt(ProgramSlug program, Instant at) {
        pairs++;
        Pairing pairing = new Pairing(new PairId("pair-" + pairs), new ParticipantId("slack:UMENTOR" + pairs),
                new ParticipantId("slack:UMENTEE" + pairs), PairingStatus.ACTIVE, NOW.minus(Duration.ofDays(7)), 10, List.of(),
                Duration.ofDays(14), at, at, 0, false, null).withMilestoneDueAt(at);
        space.stores().of(program).pairings().create(pairing, 5);
        space.stores().of(program).pairings().scheduleLook(pairing.id(), DueIndex.PLAYBOOK, NOW.plus(Duration.ofDays(365)));
        return pairing;
    }

    /** Something of {@code kind} due at {@code NOW} in the program, and nothing else. */
    private void dueNow(ProgramSlug program, DueKind kind) {
        if (kind == DueKind.MENTOR_REQUEST) {
            request(program, NOW);
            return;
        }
        Pairing pairing = pairDueAt(program, LATER);
        switch (kind.pairingIndex()) {
            case CHECK_IN -> replace(pairing, pairing.withNextCheckInAt(NOW));
            case FEEDBACK -> replace(pairing, pairing.withFeedbackDueAt(NOW.minusSeconds(1)));
            case MILESTONE -> replace(pairing, pairing.withMilestoneDueAt(NOW));
            case PLAYBOOK -> space.stores().of(program).pairings().scheduleLook(pairing.id(), DueIndex.PLAYBOOK, NOW);
        }
    }

    private void replace(Pairing current, Pairing updated) {
        ProgramSlug program = List.of(DEFAULT, ENG, SALES).stream()
                .filter(p -> space.stores().of(p).pairings().find(current.id()).isPresent()).findFirst().orElseThrow();
        assertThat(space.stores().of(program).pairings().replace(current, updated)).isTrue();
    }

    private MentorRequest request(ProgramSlug program, Instant dueAt) {
        pairs++;
        MentorRequest request = new MentorRequest(new RequestId("request-" + pairs), new ParticipantId("slack:UASKER" + pairs),
                new ParticipantId("slack:UASKED" + pairs), MentorRequest.Status.PENDING, dueAt.minus(Duration.ofDays(3)), dueAt, 10,
                List.of(), null);
        assertThat(space.stores().of(program).requests().hold(request, 2)).isEqualTo(MentorRequestStore.HoldOutcome.HELD);
        return request;
    }
}
