package org.mentorbot.app.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A redis-server of the test's own on a free loopback port, with no persistence, that the test
 * can stop and start to play an outage, or have refuse one command to play a partial one. The shared Redis on 6379 is never touched; stopping this
 * one loses its data, which is what an outage of a cache-like Redis does too.
 *
 * <p>A test class holds one in a static field with {@code @RegisterExtension}, which stops it and
 * removes its directory once the class's tests are done.
 */
public final class PrivateRedis implements AfterAllCallback {

    private final int port;
    private final Path dir;
    private Process process;

    public PrivateRedis() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
            dir = Files.createTempDirectory("mentorbot-redis");
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        start();
    }

    public String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    public synchronized void start() {
        try {
            process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noRedis) {
            throw new UncheckedIOException("redis-server could not be started", noRedis);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!answers()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("the private redis-server on port " + port + " did not start");
            }
            SlackEndToEnd.sleep(Duration.ofMillis(50));
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException leftBehind) {
            throw new UncheckedIOException(leftBehind);
        }
    }

    /**
     * Has the server refuse {@code command} to every client (an ACL rule on the default user), as a
     * Redis that answers some commands and not others does; the bot meets a {@code NOPERM} error.
     */
    public void refuse(String command) {
        acl("-" + command);
    }

    /** Serves {@code command} again. */
    public void allow(String command) {
        acl("+" + command);
    }

    private void acl(String rule) {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 2_000)) {
            jedis.aclSetUser("default", rule);
        }
    }

    private boolean answers() {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 200)) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException notYet) {
            return false;
        }
    }
}
