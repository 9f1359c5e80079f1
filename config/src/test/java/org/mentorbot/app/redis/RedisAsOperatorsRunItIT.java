package org.mentorbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.hermetic.ShellSettings;
import org.mentorbot.app.hermetic.TestRedisKeys;
import org.mentorbot.app.settings.RedisConnection;
import org.mentorbot.app.settings.RedisUrl;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The test Redis reached as operators run it: as an ACL user with a password that needs percent-encoding
 * (created for the test, removed after), and through a Redis Sentinel of the test's own (a {@code redis-server
 * --sentinel} on a free port, watching the test Redis, stopped after). Each test keeps its keys under a
 * random prefix and deletes them.
 */
class RedisAsOperatorsRunItIT {

    private static final int TIMEOUT_MILLIS = 2000;

    private final URI testRedis = URI.create(ShellSettings.testRedisUrl());
    private final String host = testRedis.getHost();
    private final int port = testRedis.getPort() < 0 ? 6379 : testRedis.getPort();
    private final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    private final String user = "mbtest-" + UUID.randomUUID();
    private final JedisPooled admin = new JedisPooled(testRedis);
    private Process sentinel;
    private Path sentinelDir;

    @AfterEach
    void cleanUp() throws Exception {
        try (Jedis acl = new Jedis(host, port)) {
            acl.aclDelUser(user);
        }
        TestRedisKeys.deleteUnder(admin, prefix);
        admin.close();
        stopSentinel();
    }

    @Test
    void anAclUserWithAPasswordKeepsTheProgramAndAWrongPasswordIsRefused() {
        String password = "p@ss:w/rd+" + UUID.randomUUID();
        try (Jedis acl = new Jedis(host, port)) {
            acl.aclSetUser(user, "on", ">" + password, "~" + prefix + "*", "resetchannels", "+@all");
        }
        RedisUrl url = RedisUrl.parse("redis://" + user + ":" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@"
                + host + ":" + port + "/0");

        try (UnifiedJedis jedis = RedisConnection.direct(url).open(TIMEOUT_MILLIS)) {
            RedisStores stores = new RedisStores(jedis, prefix);
            stores.programs().save(Program.named(new ProgramSlug("acl"), "Kept as an ACL user"));
            assertThat(stores.programs().find(new ProgramSlug("acl"))).get().extracting(Program::name).isEqualTo("Kept as an ACL user");
            assertThatThrownBy(() -> jedis.get("mentorbot:schema")).as("keys outside the user's pattern")
                    .isInstanceOf(JedisException.class).hasMessageContaining("NOPERM");
        }

        RedisUrl wrong = RedisUrl.parse("redis://" + user + ":wrong@" + host + ":" + port + "/0");
        try (UnifiedJedis jedis = RedisConnection.direct(wrong).open(TIMEOUT_MILLIS)) {
            assertThatThrownBy(() -> new RedisStores(jedis, prefix)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("WRONGPASS").hasMessageNotContaining("wrong@");
        }
    }

    @Test
    void throughASentinelTheBotReachesTheMasterItNames() {
        String master = "mbtest-" + UUID.randomUUID().toString().substring(0, 8);
        int sentinelPort = startSentinel(master);
        RedisConnection connection = new RedisConnection(RedisUrl.parse("redis://sentinel-named/0"),
                RedisConnection.parseSentinels("127.0.0.1:" + sentinelPort), master);

        try (UnifiedJedis jedis = connection.open(TIMEOUT_MILLIS)) {
            assertThat(((JedisSentineled) jedis).getCurrentMaster()).isEqualTo(new HostAndPort(host, port));
            RedisStores stores = new RedisStores(jedis, prefix);
            stores.programs().save(Program.named(new ProgramSlug("sentinel"), "Reached through a Sentinel"));
            assertThat(admin.hget(prefix + "programs", "sentinel")).contains("Reached through a Sentinel");
        }

        RedisConnection unknown = new RedisConnection(RedisUrl.parse("redis://sentinel-named/0"),
                RedisConnection.parseSentinels("127.0.0.1:" + sentinelPort), master + "-unknown");
        assertThatThrownBy(() -> unknown.open(TIMEOUT_MILLIS).close()).isInstanceOf(JedisException.class);
    }

    private int startSentinel(String master) {
        try {
            int sentinelPort;
            try (ServerSocket free = new ServerSocket(0)) {
                sentinelPort = free.getLocalPort();
            }
            sentinelDir = Files.createTempDirectory("mentorbot-sentinel");
            Path conf = sentinelDir.resolve("sentinel.conf");
            Files.writeString(conf, String.join("\n", "port " + sentinelPort, "bind 127.0.0.1", "dir " + sentinelDir,
                    "sentinel monitor " + master + " " + host + " " + port + " 1",
                    "sentinel down-after-milliseconds " + master + " 60000", ""));
            sentinel = new ProcessBuilder("redis-server", conf.toString(), "--sentinel").redirectErrorStream(true)
                    .redirectOutput(sentinelDir.resolve("sentinel.log").toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!answers(sentinelPort)) {
                if (System.nanoTime() > deadline || !sentinel.isAlive()) {
                    throw new IllegalStateException("redis-server --sentinel did not start: "
                            + Files.readString(sentinelDir.resolve("sentinel.log")));
                }
                Thread.sleep(50);
            }
            return sentinelPort;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(int sentinelPort) {
        try (Jedis jedis = new Jedis("127.0.0.1", sentinelPort, 200)) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException notYet) {
            return false;
        }
    }

    private void stopSentinel() throws Exception {
        if (sentinel != null) {
            sentinel.destroy();
            if (!sentinel.waitFor(10, TimeUnit.SECONDS)) {
                sentinel.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (sentinelDir != null) {
            try (Stream<Path> files = Files.walk(sentinelDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
