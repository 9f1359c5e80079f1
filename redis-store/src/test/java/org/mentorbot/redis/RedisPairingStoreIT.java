package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.pairing.PairingStoreContract;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

class RedisPairingStoreIT extends PairingStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected PairingStore newStore() {
        return REDIS.newStores().pairings();
    }

    @Test
    void refusesASecondPairingUnderAnIdInUse() {
        PairingStore store = newStore();
        Pairing first = pairing("slack:MENTOR", "slack:MENTEE");
        store.create(first, 2);

        assertThatThrownBy(() -> store.create(pairing("slack:MENTOR", "slack:OTHER"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pair-1");
        assertThat(store.all()).containsExactly(first);
    }

    @Test
    void storesTheCircleOfAPairingAndReadsAPairingStoredBeforeCirclesAsOutsideAny() {
        String prefix = REDIS.newPrefix();
        PairingStore store = new RedisStores(REDIS.jedis(), prefix).pairings();
        Pairing inCircle = pairing("slack:MENTOR", "slack:MENTEE").inCircle(new CircleId("eng~circle-7"));
        store.create(inCircle, 3);
        String key = REDIS.keysUnder(prefix).stream().filter(k -> k.endsWith("pair-1")).findFirst().orElseThrow();
        assertThat(REDIS.jedis().get(key)).contains("\"circle\":\"eng~circle-7\"");
        assertThat(store.find(inCircle.id())).contains(inCircle);

        REDIS.jedis().set(key, REDIS.jedis().get(key).replace(",\"circle\":\"eng~circle-7\"", ""));

        assertThat(REDIS.jedis().get(key)).doesNotContain("circle");
        assertThat(store.find(inCircle.id())).contains(inCircle.inCircle(null));
        assertThat(store.replace(inCircle.inCircle(null), inCircle.inCircle(null).withStreak(1, false))).isTrue();
    }

    private static Pairing pairing(String mentor, String mentee) {
        Instant start = Instant.parse("2026-04-01T10:00:00Z");
        return new Pairing(new PairId("pair-1"), new ParticipantId(mentor), new ParticipantId(mentee),
                PairingStatus.ACTIVE, start, 1, List.of(), Duration.ofDays(14), start, null, 0, false, null);
    }
}
