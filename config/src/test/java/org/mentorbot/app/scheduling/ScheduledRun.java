package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentorbot.app.hermetic.ShellSettings;
import org.mentorbot.app.hermetic.TestRedisKeys;
import org.mentorbot.app.scheduling.FakePlatform.Accepted;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ScheduledProgram;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.JedisPooled;

/**
 * One scheduled program shared by real app nodes: pairs seeded into a real Redis under a key
 * prefix of its own, a fake platform counting deliveries, and (for clusters) a Quartz
 * scheduler name of its own in the real PostgreSQL, all cleaned up afterwards.
 */
final class ScheduledRun implements AutoCloseable {

    static final Duration CADENCE = Duration.ofSeconds(5);
    static final String REDIS_URL = ShellSettings.testRedisUrl();
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String POSTGRES_USER = "postgres";

    final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    final String schedulerName = "mbtest-" + UUID.randomUUID();
    final FakePlatform platform;
    final JedisPooled jedis = new JedisPooled(URI.create(REDIS_URL));
    final Stores stores;

    ScheduledRun() throws Exception {
        platform = new FakePlatform();
        RedisStores redis = new RedisStores(jedis, prefix);
        stores = new Stores(redis.participants(), redis.pairings(), redis.checkIns(), redis.feedback(), redis.addressBook());
    }

    void seed(int pairs) {
        ScheduledProgram.seed(stores, pairs, CADENCE, Instant.now());
    }

    /** Settings for a node of this run: Redis state, a PT5S rhythm, no working hours, the fake platform. */
    List<String> settings(boolean clustered) {
        List<String> settings = new ArrayList<>(List.of(
                "--mentorbot.redis.url=" + REDIS_URL, "--mentorbot.redis.key-prefix=" + prefix,
                "--mentorbot.program.checkin-interval=" + CADENCE, "--mentorbot.program.working-hours-only=false",
                "--mentorbot.scheduling.tick=PT0.5S", "--test.platform.url=" + platform.url(),
                "--spring.quartz.scheduler-name=" + schedulerName));
        if (clustered) {
            settings.addAll(List.of("--spring.quartz.job-store-type=jdbc", "--spring.datasource.url=" + POSTGRES_URL,
                    "--spring.datasource.username=" + POSTGRES_USER));
        }
        return settings;
    }

    List<Accepted> nudges() {
        return platform.accepted("CHECK_IN");
    }

    /**
     * Every nudge the platform accepted is a distinct check-in, recorded in the program (but for
     * at most {@code unrecordedAllowed}, in flight when a node was killed), every recorded one
     * reached the platform, and no pair was nudged twice within one cadence (by the instants the
     * nudges were claimed at). Each member of every pair got the pair's poll once (a poll reaches each member
     * apart, so that each answers for themself).
     */
    void assertEachNudgeDeliveredOnce(int pairs, int unrecordedAllowed) {
        List<Accepted> nudges = nudges();
        List<String> refs = nudges.stream().map(Accepted::ref).toList();
        assertThat(new HashSet<>(refs)).as("no check-in delivered twice").hasSameSizeAs(refs);
        Set<String> recorded = stores.checkIns().all().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        assertThat(refs).as("every recorded check-in reached the platform").containsAll(recorded);
        assertThat(refs.stream().filter(r -> !recorded.contains(r)).count()).as("delivered but not recorded")
                .isLessThanOrEqualTo(unrecordedAllowed);
        stores.checkIns().all().stream().collect(Collectors.groupingBy(CheckIn::pair)).forEach((pair, checkIns) -> {
            List<Instant> claimed = checkIns.stream().map(CheckIn::sentAt).sorted().toList();
            for (int i = 1; i < claimed.size(); i++) {
                assertThat(Duration.between(claimed.get(i - 1), claimed.get(i))).as("time between the nudges of " + pair)
                        .isGreaterThanOrEqualTo(CADENCE);
            }
        });
        assertThat(byPair(nudges)).as("every pair was nudged").hasSize(pairs);
        assertThat(byPair(platform.accepted("POLL"))).as("a poll to each of the two, each on their own").hasSize(2 * pairs)
                .allSatisfy((person, polls) -> assertThat(polls).hasSize(1));
    }

    /** Every pair was nudged at least once in every stretch of {@code longest} between {@code from} and {@code to}. */
    void assertNoPairWaitedLongerThan(Duration longest, Instant from, Instant to) {
        byPair(nudges()).forEach((pair, times) -> {
            List<Instant> all = new ArrayList<>(times);
            all.add(0, from);
            all.add(to);
            List<Instant> window = all.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).sorted().toList();
            for (int i = 1; i < window.size(); i++) {
                assertThat(Duration.between(window.get(i - 1), window.get(i))).as("wait of " + pair + " before " + window.get(i))
                        .isLessThanOrEqualTo(longest);
            }
        });
    }

    static Map<String, List<Instant>> byPair(List<Accepted> messages) {
        return messages.stream().sorted(Comparator.comparing(Accepted::at)).collect(Collectors.groupingBy(
                a -> String.join(",", a.to()), Collectors.mapping(Accepted::at, Collectors.toList())));
    }

    @Override
    public void close() throws SQLException {
        platform.close();
        TestRedisKeys.deleteUnder(jedis, prefix);
        jedis.close();
        forgetQuartzRows(schedulerName);
    }

    /** Deletes every row Quartz keeps for the scheduler of this name in the test PostgreSQL. */
    static void forgetQuartzRows(String schedulerName) throws SQLException {
        try (Connection db = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            var exists = db.createStatement().executeQuery("SELECT to_regclass('qrtz_locks') IS NOT NULL");
            if (!exists.next() || !exists.getBoolean(1)) {
                return;
            }
            for (String table : List.of("qrtz_fired_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers",
                    "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars", "qrtz_paused_trigger_grps",
                    "qrtz_scheduler_state", "qrtz_locks")) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE sched_name = ?")) {
                    delete.setString(1, schedulerName);
                    delete.executeUpdate();
                }
            }
        }
    }
}
