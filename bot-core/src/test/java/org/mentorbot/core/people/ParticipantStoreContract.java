package org.mentorbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.program.Race;

/**
 * The behaviour every {@link ParticipantStore} shares: one record per person, found by id,
 * listed, erased. Each implementation runs these tests through a subclass that supplies an
 * empty store.
 */
public abstract class ParticipantStoreContract {

    private static final Instant JOINED = Instant.parse("2026-03-02T09:15:30.123456789Z");

    private ParticipantStore store;

    /** A new, empty store; called before each test. */
    protected abstract ParticipantStore newStore();

    @BeforeEach
    void emptyStore() {
        store = newStore();
    }

    @Test
    void findsWhatWasSavedExactly() {
        Participant ada = participant("slack:U0ADA", Role.BOTH, 3);

        store.save(ada);

        assertThat(store.find(ada.id())).contains(ada);
    }

    @Test
    void keepsEveryProfileDetail() {
        Profile profile = new Profile("Zoë \"Z\" O'Brien", Role.MENTEE, List.of(), List.of("go", "sql"),
                "Grow into a staff role\nwithin a year", "", Profile.MIN_LEVEL, ZoneId.of("UTC"),
                List.of("en", "de"), 0, Cadence.MONTHLY);
        Participant zoe = new Participant(new ParticipantId("teams:00000000-aaaa"), profile,
                ParticipantStatus.PAUSED, Instant.EPOCH);

        store.save(zoe);

        assertThat(store.find(zoe.id())).contains(zoe);
    }

    @Test
    void findsNobodyUnknown() {
        assertThat(store.find(new ParticipantId("slack:NOBODY"))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheRecordOfThatPerson() {
        Participant ada = participant("slack:U0ADA", Role.MENTOR, 2);
        Participant paused = ada.withStatus(ParticipantStatus.PAUSED);

        store.save(ada);
        store.save(paused);

        assertThat(store.find(ada.id())).contains(paused);
        assertThat(store.all()).containsExactly(paused);
    }

    @Test
    void listsEveryone() {
        Participant ada = participant("slack:U0ADA", Role.MENTOR, 2);
        Participant bob = participant("teams:bob", Role.MENTEE, 0);
        Participant cy = participant("cy", Role.BOTH, 1);

        store.save(ada);
        store.save(bob);
        store.save(cy);

        assertThat(store.all()).containsExactlyInAnyOrder(ada, bob, cy);
    }

    @Test
    void listsNobodyWhenEmpty() {
        assertThat(store.all()).isEmpty();
    }

    @Test
    void deleteErasesThePersonAndSaysWhetherThereWasOne() {
        Participant ada = participant("slack:U0ADA", Role.MENTOR, 2);
        Participant bob = participant("teams:bob", Role.MENTEE, 0);
        store.save(ada);
        store.save(bob);

        assertThat(store.delete(ada.id())).isTrue();
        assertThat(store.delete(ada.id())).isFalse();

        assertThat(store.find(ada.id())).isEmpty();
        assertThat(store.all()).containsExactly(bob);
    }

    @Test
    void aPersonCanJoinAgainAfterBeingDeleted() {
        Participant ada = participant("slack:U0ADA", Role.MENTOR, 2);
        store.save(ada);
        store.delete(ada.id());

        store.save(ada);

        assertThat(store.all()).containsExactly(ada);
    }

    @Test
    void concurrentSavesOfOnePersonLeaveOneRecord() throws Exception {
        Participant ada = participant("slack:U0ADA", Role.MENTOR, 2);

        Race.run(8, runner -> {
            store.save(ada.withStatus(runner % 2 == 0 ? ParticipantStatus.ACTIVE : ParticipantStatus.PAUSED));
            return runner;
        });

        assertThat(store.all()).hasSize(1);
        assertThat(store.find(ada.id())).isPresent();
    }

    private static Participant participant(String id, Role role, int capacity) {
        Profile profile = new Profile("Person " + id, role, List.of("kubernetes", "go"), List.of("public speaking"),
                "Ship things", "Platform", 5, ZoneId.of("Europe/Berlin"), List.of("en"), capacity, Cadence.BIWEEKLY);
        return new Participant(new ParticipantId(id), profile, ParticipantStatus.ACTIVE, JOINED);
    }
}
