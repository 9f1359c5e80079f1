package org.mentorbot.redis;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Gives each test its own corner of the real Redis (at {@code MENTORBOT_TEST_REDIS_URL}, by default
 * {@code redis://127.0.0.1:6379}; never the bot's own {@code REDIS_URL}, which a developer's shell may point
 * at a real program): a fresh random key prefix per set of stores, whose keys are deleted after the test.
 * Register it as a static extension field.
 */
final class RedisNamespaces implements AfterEachCallback, AfterAllCallback {

    private static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    private final URI url;
    private final JedisPooled jedis;
    private final List<String> prefixes = new ArrayList<>();

    RedisNamespaces() {
        String url = System.getenv("MENTORBOT_TEST_REDIS_URL");
        this.url = URI.create(url == null || url.isBlank() ? DEFAULT_URL : url);
        jedis = new JedisPooled(this.url);
    }

    /** The test Redis, for a client of a test's own. */
    URI url() {
        return url;
    }

    JedisPooled jedis() {
        return jedis;
    }

    synchronized String newPrefix() {
        String prefix = "mbtest:" + UUID.randomUUID() + ":";
        prefixes.add(prefix);
        return prefix;
    }

    RedisStores newStores() {
        return new RedisStores(jedis, newPrefix());
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        prefixes.forEach(this::deleteKeysUnder);
        prefixes.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        jedis.close();
    }

    List<String> keysUnder(String prefix) {
        List<String> found = new ArrayList<>();
        ScanParams matching = new ScanParams().match(prefix + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = jedis.scan(cursor, matching);
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return found;
    }

    private void deleteKeysUnder(String prefix) {
        List<String> keys = keysUnder(prefix);
        if (!keys.isEmpty()) {
            jedis.del(keys.toArray(String[]::new));
        }
    }
}
