package org.mentorbot.bench;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * A Jedis connection pool whose connections count every command they send, by name — single
 * commands, scripts, and the commands inside pipelines and MULTI/EXEC alike — so a benchmark sees
 * exactly what the bot asks of Redis, whoever else uses the same server.
 */
public final class CommandCounting extends PooledConnectionProvider {

    private final Map<String, LongAdder> counts;

    private CommandCounting(CountingFactory factory) {
        super(factory, pool());
        this.counts = factory.counts;
    }

    /** A pool on {@code url} (host, port, database, user and password) that waits up to ten minutes for an answer. */
    public static CommandCounting to(URI url) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().socketTimeoutMillis(600_000);
        if (url.getUserInfo() != null) {
            String[] user = url.getUserInfo().split(":", 2);
            config.user(user.length == 2 && !user[0].isEmpty() ? user[0] : null).password(user[user.length - 1]);
        }
        if (url.getPath() != null && url.getPath().length() > 1) {
            config.database(Integer.parseInt(url.getPath().substring(1)));
        }
        HostAndPort server = new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
        return new CommandCounting(new CountingFactory(server, config.build()));
    }

    public UnifiedJedis client() {
        return new UnifiedJedis(this);
    }

    /** The commands sent so far, by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((command, n) -> copy.put(command, n.sum()));
        return copy;
    }

    /** The commands sent since {@code before}, by name, and in all under {@code "total"}. */
    public Map<String, Long> since(Map<String, Long> before) {
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

    private static GenericObjectPoolConfig<Connection> pool() {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        return pool;
    }

    private static final class CountingFactory extends ConnectionFactory {
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        private final HostAndPort server;
        private final JedisClientConfig config;

        CountingFactory(HostAndPort server, JedisClientConfig config) {
            super(server, config);
            this.server = server;
            this.config = config;
        }

        @Override
        public PooledObject<Connection> makeObject() {
            return new DefaultPooledObject<>(new CountingConnection(new DefaultJedisSocketFactory(server, config), config, counts));
        }
    }

    private static final class CountingConnection extends Connection {
        private final Map<String, LongAdder> counts;

        CountingConnection(DefaultJedisSocketFactory socket, JedisClientConfig config, Map<String, LongAdder> counts) {
            super(socket, config);
            this.counts = counts;
        }

        @Override
        public void sendCommand(CommandArguments args) {
            if (counts != null) {
                counts.computeIfAbsent(args.getCommand().toString(), c -> new LongAdder()).increment();
            }
            super.sendCommand(args);
        }
    }
}
