package org.mentorbot.core.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;

/** The behaviour every {@link LeaverStore} shares. */
public abstract class LeaverStoreContract {

    private static final ParticipantId MIA = new ParticipantId("slack:MIA");
    private static final ParticipantId LEO = new ParticipantId("teams:leo");
    private static final Instant MAY = Instant.parse("2026-05-04T09:30:00Z");

    protected abstract LeaverStore newStore();

    private LeaverStore store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void aLeaverIsRecordedOnceWithTheFirstDate() {
        assertThat(store.record(new Leaver(MIA, MAY, Role.MENTEE))).isTrue();
        assertThat(store.record(new Leaver(MIA, MAY.plusSeconds(60), Role.MENTOR))).isFalse();
        assertThat(store.record(new Leaver(LEO, MAY, Role.BOTH))).isTrue();

        assertThat(store.all()).containsExactlyInAnyOrder(new Leaver(MIA, MAY, Role.MENTEE), new Leaver(LEO, MAY, Role.BOTH));
    }

    @Test
    void deletingAPersonErasesOnlyTheirRecord() {
        store.record(new Leaver(MIA, MAY, Role.MENTEE));
        store.record(new Leaver(LEO, MAY, Role.MENTOR));

        store.delete(MIA);
        store.delete(new ParticipantId("slack:NOBODY"));

        assertThat(store.all()).containsExactly(new Leaver(LEO, MAY, Role.MENTOR));
    }
}
