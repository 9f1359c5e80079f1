package org.mentorbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.MentorbotApplication;
import org.mentorbot.app.hermetic.TestRedisKeys;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.JedisPooled;

/**
 * The first start of a Mentorbot that knows programs, on Redis data the previous release wrote
 * (schema 1): everything is found in the {@code default} program, the due-time indexes and pairing
 * counts are built, and a second start changes nothing.
 */
class ProgramsMigrationIT {

    final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    final String redisUrl = System.getProperty("MENTORBOT_TEST_REDIS_URL",
            System.getenv().getOrDefault("MENTORBOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"));
    final JedisPooled jedis = new JedisPooled(URI.create(redisUrl));

    @AfterEach
    void cleanUp() {
        keys().keySet().forEach(jedis::del);
        jedis.close();
    }

    @Test
    void dataOfThePreviousReleaseBecomesTheDefaultProgramOnceAndNothingIsLost() {
        Schema1Fixture.load(jedis, prefix);
        try (ConfigurableApplicationContext first = start()) {
            assertThat(jedis.get(prefix + "schema")).isEqualTo("3");
            ProgramRegistry programs = first.getBean(ProgramRegistry.class);
            assertThat(programs.all()).extracting(p -> p.slug().value()).containsExactly("default");
            Stores stores = programs.stores(ProgramSlug.DEFAULT);
            assertThat(stores.participants().all()).extracting(p -> p.id().value())
                    .containsExactlyInAnyOrderElementsOf(Schema1Fixture.PARTICIPANTS);
            assertThat(stores.pairings().all()).hasSize(Schema1Fixture.PAIRING_COUNT)
                    .filteredOn(p -> p.status().isOpen()).extracting(p -> p.id().value())
                    .containsExactlyInAnyOrderElementsOf(Schema1Fixture.OPEN_PAIRINGS);
            assertThat(stores.pairings().all()).allSatisfy(this::keepsItsScoreAndReasons);
            assertThat(stores.pairings().dueFor(DueIndex.CHECK_IN, Instant.parse("2100-01-01T00:00:00Z"), 100)).as("indexed at the first start")
                    .containsExactlyInAnyOrderElementsOf(stores.pairings().all().stream()
                            .filter(p -> p.status() == PairingStatus.ACTIVE).toList());
            assertThat(stores.checkIns().all()).hasSize(Schema1Fixture.CHECK_IN_COUNT)
                    .filteredOn(c -> c.answered().isPresent()).hasSize(Schema1Fixture.ANSWERED_CHECK_IN_COUNT);
            assertThat(stores.feedback().responses()).hasSize(Schema1Fixture.RESPONSE_COUNT);
            assertThat(stores.addresses().addressOf(new ParticipantId(Schema1Fixture.ADDRESSED_PARTICIPANT)))
                    .hasValueSatisfying(a -> assertThat(a).contains(Schema1Fixture.TEAMS_CONVERSATION_ID));

            MentorBot bot = first.getBean(MentorBot.class);
            Actor omar = Actor.of(new ParticipantId(Schema1Fixture.OMAR), "Omar");
            assertThat(bot.handle(new Inbound.CommandReceived(omar, "profile")).fallback()).contains("Maya Okafor");
            assertThat(bot.handle(new Inbound.CommandReceived(Actor.of(new ParticipantId("slack:UADMIN"), "Ada"), "stats"))
                    .fallback()).contains("Active pairs: 2", "Paused pairs: 1", "Ended pairs: 1", "Check-ins sent: 4",
                    "Check-ins answered: 3", "Feedback responses: 2");
        }
        Map<String, String> afterFirst = keys();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(ProgramRegistry.class).all()).hasSize(1);
        }

        assertThat(keys()).as("a second start changes nothing").isEqualTo(afterFirst);
    }

    private void keepsItsScoreAndReasons(Pairing pairing) {
        Schema1Fixture.Pair written = Schema1Fixture.PAIRINGS.stream().filter(p -> p.id().equals(pairing.id().value()))
                .findFirst().orElseThrow();
        assertThat(pairing.score()).isEqualTo(written.score());
        assertThat(pairing.reasons()).hasSize(written.reasons());
    }

    /** The app as an operator starts it, with the scheduler held so that only start-up itself touches the data. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MentorbotApplication.class).run(
                "--server.port=0", "--mentorbot.redis.url=" + redisUrl, "--mentorbot.redis.key-prefix=" + prefix,
                "--mentorbot.admins=slack:UADMIN", "--mentorbot.program.working-hours-only=false",
                "--mentorbot.playground.enabled=false", "--mentorbot.programs-file=",
                "--spring.quartz.auto-startup=false");
    }

    /** Every key under the prefix with a dump of its value, to compare two moments. */
    private Map<String, String> keys() {
        Map<String, String> found = new TreeMap<>();
        for (String key : TestRedisKeys.under(jedis, prefix)) {
            found.put(key, jedis.type(key) + ":" + switch (jedis.type(key)) {
                case "string" -> jedis.get(key);
                case "set" -> new java.util.TreeSet<>(jedis.smembers(key)).toString();
                case "hash" -> new TreeMap<>(jedis.hgetAll(key)).toString();
                case "zset" -> jedis.zrangeWithScores(key, 0, -1).toString();
                default -> "?";
            });
        }
        return found;
    }
}
