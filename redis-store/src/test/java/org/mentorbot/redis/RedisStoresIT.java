package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;

class RedisStoresIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final ParticipantId ADA = new ParticipantId("slack:U0ADA");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void writesTheSchemaVersionUnderThePrefixOnFirstStart() {
        String prefix = REDIS.newPrefix();

        new RedisStores(REDIS.jedis(), prefix);

        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("1");
    }

    @Test
    void startsAgainOnItsOwnData() {
        String prefix = REDIS.newPrefix();
        new RedisStores(REDIS.jedis(), prefix).addressBook().remember(ADA, "here");

        RedisStores again = new RedisStores(REDIS.jedis(), prefix);

        assertThat(again.addressBook().addressOf(ADA)).contains("here");
    }

    @Test
    void refusesDataWrittenByANewerMentorbot() {
        String prefix = REDIS.newPrefix();
        REDIS.jedis().set(prefix + "schema", "2");

        assertThatThrownBy(() -> new RedisStores(REDIS.jedis(), prefix))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(prefix + "schema")
                .hasMessageContaining("schema version '2'")
                .hasMessageContaining("reads version 1");
        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("2");
    }

    @Test
    void keepsEveryKeyUnderItsPrefixAndVersion() {
        RedisStores stores = REDIS.newStores();
        String prefix = stores.keyPrefix();
        PollId poll = new PollId("poll-1");
        stores.feedback().savePoll(new Poll(poll, new PairId("pair-1"), AT));
        stores.feedback().respond(new FeedbackResponse(poll, ADA, 5, "", AT));
        stores.addressBook().remember(ADA, "here");
        stores.seenEvents().firstSighting("slack:Ev01", Duration.ofMinutes(1));

        assertThat(REDIS.keysUnder(prefix)).containsExactlyInAnyOrder(
                prefix + "schema",
                prefix + "v1:poll:poll-1",
                prefix + "v1:polls",
                prefix + "v1:polls:of:pair-1",
                prefix + "v1:responses:by:slack:U0ADA",
                prefix + "v1:responders",
                prefix + "v1:addresses",
                prefix + "v1:seen:slack:Ev01");
    }
}
