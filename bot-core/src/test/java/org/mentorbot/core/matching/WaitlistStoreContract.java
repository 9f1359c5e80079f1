package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Race;

/** The behaviour every {@link WaitlistStore} shares. */
public abstract class WaitlistStoreContract {

    private static final ParticipantId MIA = new ParticipantId("slack:MIA");
    private static final ParticipantId LEO = new ParticipantId("teams:leo");

    protected abstract WaitlistStore newStore();

    private WaitlistStore store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void updatesAddChangeAndRemoveEntries() {
        store.update(MIA, w -> new WaitingMentee(MIA, 0, true));
        store.update(MIA, w -> w.waitedAnotherRound());
        store.update(LEO, w -> w == null ? new WaitingMentee(LEO, 1, false) : w);

        assertThat(store.find(MIA)).contains(new WaitingMentee(MIA, 1, true));
        assertThat(store.all()).isEqualTo(Map.of(MIA, new WaitingMentee(MIA, 1, true), LEO, new WaitingMentee(LEO, 1, false)));

        store.update(LEO, w -> null);
        store.remove(MIA);
        assertThat(store.all()).isEmpty();
        assertThat(store.find(MIA)).isEmpty();
    }

    @Test
    void concurrentUpdatesOfOnePersonLoseNone() throws Exception {
        Race.run(8, runner -> {
            store.update(MIA, w -> w == null ? new WaitingMentee(MIA, 1, false) : w.waitedAnotherRound());
            return null;
        });

        assertThat(store.find(MIA).orElseThrow().roundsWaited()).isEqualTo(8);
    }
}
