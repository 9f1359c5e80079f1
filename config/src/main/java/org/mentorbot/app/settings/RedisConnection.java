package org.mentorbot.app.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisSentineled;
import redis.clients.jedis.UnifiedJedis;

/**
 * How the bot reaches its Redis: straight at the host of {@code REDIS_URL}, or, with
 * {@code MENTORBOT_REDIS_SENTINELS}, at whichever server the Sentinels name as the current master of
 * {@code MENTORBOT_REDIS_MASTER} (Jedis follows a failover by itself). The URL's scheme ({@code rediss}:
 * TLS), ACL user, password and database apply to the master either way; Sentinels are asked without
 * credentials, over TLS when the URL says {@code rediss}.
 */
public record RedisConnection(RedisUrl url, List<HostAndPort> sentinels, String master) {

    public static final String SENTINELS_EXAMPLE = "10.0.0.1:26379,10.0.0.2:26379,10.0.0.3:26379";
    public static final String MASTER_EXAMPLE = "mymaster";

    public RedisConnection {
        Objects.requireNonNull(url, "url");
        sentinels = List.copyOf(sentinels);
        if (!sentinels.isEmpty() && (master == null || master.isBlank())) {
            throw new IllegalArgumentException("Sentinels need the name of the master they watch");
        }
    }

    /** Straight at the URL's host. */
    public static RedisConnection direct(RedisUrl url) {
        return new RedisConnection(url, List.of(), null);
    }

    /**
     * Reads {@code host:port,host:port}: every entry a host and a port from 1 to 65535.
     *
     * @throws IllegalArgumentException with the problem in words
     */
    public static List<HostAndPort> parseSentinels(String text) {
        List<HostAndPort> found = new ArrayList<>();
        for (String entry : text.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new IllegalArgumentException("'" + item + "' is not host:port");
            }
            String host = item.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(item.substring(colon + 1));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("'" + item + "' has a port that is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("'" + item + "' has a port outside 1-65535");
            }
            found.add(new HostAndPort(host, port));
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("it names no Sentinel");
        }
        return found;
    }

    public boolean sentinelled() {
        return !sentinels.isEmpty();
    }

    /** A pooled client; the caller closes it. Through Sentinels, it fails at once if none of them knows the master. */
    public UnifiedJedis open(int timeoutMillis) {
        if (!sentinelled()) {
            return new JedisPooled(url.hostAndPort(), url.clientConfig(timeoutMillis));
        }
        return new JedisSentineled(master, url.clientConfig(timeoutMillis), new LinkedHashSet<>(sentinels),
                sentinelConfig(timeoutMillis));
    }

    /** How the Sentinels are asked: the same timeouts and TLS as the master, no credentials. */
    public JedisClientConfig sentinelConfig(int timeoutMillis) {
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .ssl(url.tls()).sslParameters(url.tls() ? RedisUrl.verifyingHostNames() : null).build();
    }

    /** For logs and messages: where, without user and password. */
    public String safe() {
        if (!sentinelled()) {
            return url.safe();
        }
        return "master '" + master + "' of Sentinels " + sentinels.stream().map(HostAndPort::toString)
                .collect(Collectors.joining(",")) + " (" + url.scheme() + ", database " + url.database() + ")";
    }

    @Override
    public String toString() {
        return safe();
    }
}
