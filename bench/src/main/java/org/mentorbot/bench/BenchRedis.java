package org.mentorbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.commands.KeyCommands;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The Redis a benchmark writes to, and the machine's load while it runs. */
public final class BenchRedis {

    private BenchRedis() {
    }

    /** {@code MENTORBOT_BENCH_REDIS_URL}, else {@code MENTORBOT_TEST_REDIS_URL}, else the local Redis; never the bot's {@code REDIS_URL}. */
    public static URI url() {
        return URI.create(Arrays.stream(new String[] {System.getenv("MENTORBOT_BENCH_REDIS_URL"), System.getenv("MENTORBOT_TEST_REDIS_URL")})
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse("redis://127.0.0.1:6379"));
    }

    /** The load averages of the last 1, 5 and 15 minutes, as the kernel reports them. */
    public static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + avg[0] + " " + avg[1] + " " + avg[2];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/loadavg", e);
        }
    }

    /** Unlinks every key under {@code prefix}; answers how many. */
    public static long deleteUnder(KeyCommands redis, String prefix) {
        long deleted = 0;
        ScanParams matching = new ScanParams().match(prefix + "*").count(10_000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, matching);
            if (!page.getResult().isEmpty()) {
                deleted += redis.unlink(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return deleted;
    }

    /** The host and port of {@code url}, 6379 when it names none. */
    public static HostAndPort server(URI url) {
        return new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    }

    /** Waits up to ten minutes for an answer: a script over a million pairings, or deleting its keys, takes a while. */
    public static DefaultJedisClientConfig patient() {
        return DefaultJedisClientConfig.builder().socketTimeoutMillis(600_000).build();
    }
}
