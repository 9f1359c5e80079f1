package org.mentorbot.app.hermetic;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

/** Tests leave no keys behind: each deletes every key under the prefix it used when it ends. */
public final class TestRedisKeys {

    private TestRedisKeys() {
    }

    /** Every key under {@code prefix}, found by SCAN a page at a time. */
    public static List<String> under(UnifiedJedis jedis, String prefix) {
        List<String> found = new ArrayList<>();
        ScanParams matching = new ScanParams().match(prefix + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = jedis.scan(cursor, matching);
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }

    /** Deletes every key under {@code prefix}; returns how many there were. */
    public static int deleteUnder(UnifiedJedis jedis, String prefix) {
        List<String> keys = under(jedis, prefix);
        for (int from = 0; from < keys.size(); from += 1000) {
            jedis.del(keys.subList(from, Math.min(keys.size(), from + 1000)).toArray(String[]::new));
        }
        return keys.size();
    }

    /** {@link #deleteUnder(UnifiedJedis, String)} on a connection of its own to {@code redisUrl}. */
    public static int deleteUnder(String redisUrl, String prefix) {
        try (JedisPooled jedis = new JedisPooled(URI.create(redisUrl))) {
            return deleteUnder(jedis, prefix);
        }
    }
}
