package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
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

        RedisStores stores = new RedisStores(REDIS.jedis(), prefix);

        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("3");
        assertThat(stores.schema()).isEqualTo(RedisStores.Schema.NEW);
        assertThat(new RedisStores(REDIS.jedis(), prefix).schema()).isEqualTo(RedisStores.Schema.CURRENT);
    }

    @Test
    void movesSchemaOneToThreeOnceAndKeepsItsDataAsTheDefaultProgramsData() {
        String prefix = REDIS.newPrefix();
        REDIS.jedis().set(prefix + "schema", "1");
        REDIS.jedis().hset(prefix + "v1:addresses", ADA.value(), "here");

        RedisStores first = new RedisStores(REDIS.jedis(), prefix);
        RedisStores second = new RedisStores(REDIS.jedis(), prefix);

        assertThat(first.schema()).isEqualTo(RedisStores.Schema.MIGRATED);
        assertThat(second.schema()).isEqualTo(RedisStores.Schema.CURRENT);
        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("3");
        assertThat(second.forProgram(org.mentorbot.core.programs.ProgramSlug.DEFAULT).addresses().addressOf(ADA)).contains("here");
    }

    @Test
    void keepsEachProgramsDataApartButSharesTheAddressBook() {
        RedisStores stores = REDIS.newStores();
        var eng = stores.forProgram(new org.mentorbot.core.programs.ProgramSlug("eng"));
        stores.addressBook().remember(ADA, "here");

        assertThat(eng.addresses().addressOf(ADA)).contains("here");
        assertThat(REDIS.keysUnder(stores.keyPrefix() + "p:eng:")).isEmpty();
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
        REDIS.jedis().set(prefix + "schema", "4");

        assertThatThrownBy(() -> new RedisStores(REDIS.jedis(), prefix))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(prefix + "schema")
                .hasMessageContaining("schema version '4'")
                .hasMessageContaining("reads version 3");
        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("4");
    }

    @Test
    void keepsEveryKeyUnderItsPrefixAndVersion() throws Exception {
        RedisStores stores = REDIS.newStores();
        String prefix = stores.keyPrefix();
        PollId poll = new PollId("poll-1");
        stores.feedback().savePoll(new Poll(poll, new PairId("pair-1"), AT));
        stores.feedback().respond(new FeedbackResponse(poll, ADA, 5, "", AT));
        stores.addressBook().remember(ADA, "here");
        stores.seenEvents().firstSighting("slack:Ev01", Duration.ofMinutes(1));

        assertThat(REDIS.keysUnder(prefix)).containsExactlyInAnyOrder(
                prefix + "schema",
                prefix + "counters",
                prefix + "v1:stats",
                prefix + "v1:poll:poll-1",
                prefix + "v1:polls",
                prefix + "v1:polls:of:pair-1",
                prefix + "v1:responses:by:slack:U0ADA",
                prefix + "v1:responders",
                prefix + "v1:addresses",
                prefix + "v1:seen:" + sha256("slack:Ev01"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
