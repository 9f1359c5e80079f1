package org.mentorbot.redis;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * A client on a pool of its own whose connections count every command they send (single commands, scripts, and
 * those inside pipelines and transactions), so a test sees what the bot asks of Redis whoever else uses the same
 * server. Close it after the test.
 */
final class CountedRedis implements AutoCloseable {

    private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();
    private final UnifiedJedis client;

    CountedRedis(URI url) {
        JedisClientConfig config = DefaultJedisClientConfig.builder().user(JedisURIHelper.getUser(url))
                .password(JedisURIHelper.getPassword(url)).database(JedisURIHelper.getDBIndex(url)).build();
        HostAndPort server = JedisURIHelper.getHostAndPort(url);
        client = new UnifiedJedis(new PooledConnectionProvider(new ConnectionFactory(server, config) {
            @Override
            public PooledObject<Connection> makeObject() {
                return new DefaultPooledObject<>(new Connection(new DefaultJedisSocketFactory(server, config), config) {
                    @Override
                    public void sendCommand(CommandArguments args) {
                        sent.computeIfAbsent(args.getCommand().toString(), c -> new LongAdder()).increment();
                        super.sendCommand(args);
                    }
                });
            }
        }));
    }

    UnifiedJedis client() {
        return client;
    }

    /** How many commands were sent so far. */
    long total() {
        return sent.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public void close() {
        client.close();
    }
}
