package org.mentorbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.hermetic.TestRedisKeys;
import redis.clients.jedis.JedisPooled;

/**
 * The schema 1 fixture loads into a real Redis ({@code redis://127.0.0.1:6379}, or the
 * {@code MENTORBOT_TEST_REDIS_URL} system property or environment variable) under a fresh
 * prefix, whole, and its documented facts match what it holds.
 */
class Schema1FixtureTest {

    private static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    private final JedisPooled jedis = new JedisPooled(URI.create(redisUrl()));

    @AfterEach
    void deleteEveryKeyUnderThePrefix() {
        try (jedis) {
            List<String> keys = keysUnderPrefix();
            if (!keys.isEmpty()) {
                jedis.del(keys.toArray(String[]::new));
            }
        }
    }

    @Test
    void loadsEveryKeyUnderTheGivenPrefix() {
        Schema1Fixture.load(jedis, prefix);

        assertThat(keysUnderPrefix()).hasSize(Schema1Fixture.keyCount())
                .containsExactlyInAnyOrderElementsOf(Schema1Fixture.keys(prefix));
        assertThat(jedis.get(prefix + "schema")).isEqualTo(Schema1Fixture.SCHEMA);
        assertThatThrownBy(() -> Schema1Fixture.load(jedis, prefix)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void holdsWhatItsFactsSay() {
        Schema1Fixture.load(jedis, prefix);
        String v1 = prefix + "v1:";

        assertThat(jedis.smembers(v1 + "participants")).isEqualTo(Schema1Fixture.PARTICIPANTS);
        assertThat(jedis.smembers(v1 + "pairings")).hasSize(Schema1Fixture.PAIRING_COUNT);
        assertThat(jedis.smembers(v1 + "pairings:open")).isEqualTo(Schema1Fixture.OPEN_PAIRINGS);
        assertThat(jedis.get(v1 + "pairing:" + Schema1Fixture.ENDED_PAIRING)).contains("\"status\":\"ENDED\"", "\"reason\":\"left\"");
        assertThat(jedis.smembers(v1 + "checkins")).hasSize(Schema1Fixture.CHECK_IN_COUNT);
        assertThat(jedis.smembers(v1 + "checkins").stream().filter(id -> jedis.hexists(v1 + "checkin:" + id, "answer")))
                .hasSize(Schema1Fixture.ANSWERED_CHECK_IN_COUNT);
        assertThat(jedis.smembers(v1 + "polls")).containsExactly(Schema1Fixture.POLL);
        assertThat(jedis.smembers(v1 + "responders").stream().mapToLong(who -> jedis.hlen(v1 + "responses:by:" + who)).sum())
                .isEqualTo(Schema1Fixture.RESPONSE_COUNT);
        assertThat(jedis.hkeys(v1 + "addresses")).containsExactly(Schema1Fixture.ADDRESSED_PARTICIPANT);
    }

    private List<String> keysUnderPrefix() {
        return TestRedisKeys.under(jedis, prefix);
    }

    private static String redisUrl() {
        String url = System.getProperty("MENTORBOT_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("MENTORBOT_TEST_REDIS_URL");
        }
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }
}
