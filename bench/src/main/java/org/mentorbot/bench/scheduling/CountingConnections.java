package org.mentorbot.bench.scheduling;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * A Jedis connection pool that counts every command sent through it, by name: what the bot itself
 * asks of Redis, whoever else uses the same server.
 */
final class CountingConnections extends PooledConnectionProvider {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private CountingConnections(HostAndPort server, DefaultJedisClientConfig config) {
        super(server, config);
    }

    /** A client on {@code url} whose commands {@link #snapshot} counts. */
    static CountingConnections to(URI url) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
        if (url.getUserInfo() != null) {
            String[] user = url.getUserInfo().split(":", 2);
            config.user(user.length == 2 && !user[0].isEmpty() ? user[0] : null).password(user[user.length - 1]);
        }
        if (url.getPath() != null && url.getPath().length() > 1) {
            config.database(Integer.parseInt(url.getPath().substring(1)));
        }
        return new CountingConnections(new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort()), config.build());
    }

    UnifiedJedis client() {
        return new UnifiedJedis(this);
    }

    @Override
    public Connection getConnection(CommandArguments args) {
        counts.computeIfAbsent(args.getCommand().toString(), c -> new LongAdder()).increment();
        return super.getConnection(args);
    }

    /** The commands sent so far, by name. */
    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((command, n) -> copy.put(command, n.sum()));
        return copy;
    }

    /** The commands sent since {@code before}, by name, and in all under {@code "total"}. */
    Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Long> now : snapshot().entrySet()) {
            long n = now.getValue() - before.getOrDefault(now.getKey(), 0L);
            if (n > 0) {
                delta.put(now.getKey(), n);
                total += n;
            }
        }
        delta.put("total", total);
        return delta;
    }
}
