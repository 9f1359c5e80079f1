package org.mentorbot.app.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorbot.app.MentorbotApplication;
import org.mentorbot.app.hermetic.ShellSettings;
import org.mentorbot.app.hermetic.TestRedisKeys;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.JedisPooled;

/**
 * The bot on Redis with a program of four waiting mentees and two mentors: with
 * {@code MENTORBOT_MATCHING_WARM_UP_FROM} at most four it warms matching up once it serves, reading the sample as
 * its store reads participants, and keeps nothing of the sample; above four, or without the setting, it does not.
 */
@ExtendWith(OutputCaptureExtension.class)
class MatchingWarmUpIT {

    private static final Duration LONGEST = Duration.ofSeconds(90);

    private final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    private final String redisUrl = ShellSettings.testRedisUrl();
    private final List<Participant> program = new RosterGenerator(3).generate(4, 2);

    @AfterEach
    void cleanUp() {
        TestRedisKeys.deleteUnder(redisUrl, prefix);
    }

    @Test
    void aProgramWithAsManyWaitingMenteesAsTheSettingIsWarmedUpForInTheBackgroundAndTheSampleIsNotKept(CapturedOutput log) throws Exception {
        writeProgram();
        try (ConfigurableApplicationContext bot = start(4)) {
            assertThat(log).contains("Warming up matching: program default has 4 mentees waiting (MENTORBOT_MATCHING_WARM_UP_FROM=4)");
            long deadline = System.nanoTime() + LONGEST.toNanos();
            while (!log.getAll().contains("Warmed up matching in") && !log.getAll().contains("Warming up matching failed")
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertThat(log).containsPattern("Warmed up matching in \\d+ ms: 5 previews of 12000 sample people "
                    + "\\(Matching preview: [1-9]\\d* pairs, \\d+ waiting\\)");
            assertThat(bot.getBean(Stores.class).participants().all()).containsExactlyInAnyOrderElementsOf(program);
        }
    }

    @Test
    void aProgramWithFewerWaitingMenteesIsNotWarmedUpFor(CapturedOutput log) {
        writeProgram();
        try (ConfigurableApplicationContext bot = start(5)) {
            assertThat(bot.getBean(Stores.class).participants().all()).hasSize(6);
            assertThat(log).as("decided once the bot served, before start returned").doesNotContain("Warming up matching");
        }
    }

    @Test
    void byDefaultNoProgramIsWarmedUpFor(CapturedOutput log) {
        writeProgram();
        try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(MentorbotApplication.class).run("--server.port=0",
                "--mentorbot.redis.url=" + redisUrl, "--mentorbot.redis.key-prefix=" + prefix)) {
            assertThat(bot.getBean(Stores.class).participants().all()).hasSize(6);
            assertThat(log).doesNotContain("Warming up matching");
        }
    }

    private void writeProgram() {
        try (JedisPooled jedis = new JedisPooled(URI.create(redisUrl))) {
            Stores stores = new RedisStores(jedis, prefix).forProgram(ProgramSlug.DEFAULT);
            program.forEach(stores.participants()::save);
        }
    }

    private ConfigurableApplicationContext start(int warmUpFrom) {
        return new SpringApplicationBuilder(MentorbotApplication.class).run("--server.port=0", "--mentorbot.redis.url=" + redisUrl,
                "--mentorbot.redis.key-prefix=" + prefix, "--mentorbot.matching.warm-up-from=" + warmUpFrom);
    }
}
