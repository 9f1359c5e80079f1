package org.mentorbot.app.redis;

import java.net.URI;
import org.mentorbot.app.program.MentorbotProperties;
import org.mentorbot.app.programs.ProgramsStartup;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.redis.RedisStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * Program state in Redis when {@code REDIS_URL} is set: every store under one key prefix, and a
 * health check that reports DOWN while Redis does not answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${mentorbot.redis.url:}'.isBlank()")
public class RedisStateConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisStateConfiguration.class);
    private static final int TIMEOUT_MILLIS = 2000;

    @Bean(destroyMethod = "close")
    JedisPooled jedis(MentorbotProperties properties) {
        URI uri = URI.create(properties.redis().url().strip());
        if (uri.getHost() == null || !(uri.getScheme().equals("redis") || uri.getScheme().equals("rediss"))) {
            throw new IllegalArgumentException("REDIS_URL must look like redis://host:6379/0, was " + safe(uri));
        }
        JedisClientConfig config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS).socketTimeoutMillis(TIMEOUT_MILLIS)
                .user(user(uri)).password(password(uri)).database(database(uri))
                .ssl(uri.getScheme().equals("rediss")).build();
        return new JedisPooled(new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), config);
    }

    @Bean
    RedisStores redisStores(JedisPooled jedis, MentorbotProperties properties) {
        RedisStores stores = new RedisStores(jedis, properties.redis().keyPrefix());
        log.info("Program state is kept in Redis at {} under key prefix '{}'",
                safe(URI.create(properties.redis().url().strip())), stores.keyPrefix());
        return stores;
    }

    @Bean
    Stores stores(RedisStores redis) {
        return redis.forProgram(ProgramSlug.DEFAULT);
    }

    @Bean
    ProgramStore programStore(RedisStores redis) {
        return redis.programs();
    }

    @Bean
    ProgramRegistry.StoreSpace storeSpace(RedisStores redis) {
        return redis::forProgram;
    }

    @Bean
    ProgramsStartup.EarlierData earlierData(RedisStores redis) {
        return redis::defaultSpaceHoldsData;
    }

    @Bean
    SeenEvents seenEvents(RedisStores redis) {
        return redis.seenEvents();
    }

    @Bean
    HealthIndicator redisHealthIndicator(JedisPooled jedis) {
        return () -> {
            try {
                return "PONG".equals(jedis.ping()) ? Health.up().build() : Health.down().build();
            } catch (redis.clients.jedis.exceptions.JedisException unreachable) {
                return Health.down().build();
            }
        };
    }

    private static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
    }

    private static String user(URI uri) {
        String info = uri.getUserInfo();
        if (info == null || !info.contains(":") || info.startsWith(":")) {
            return null;
        }
        return info.substring(0, info.indexOf(':'));
    }

    private static String password(URI uri) {
        String info = uri.getUserInfo();
        if (info == null) {
            return null;
        }
        return info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
    }

    private static int database(URI uri) {
        String path = uri.getPath();
        if (path == null || path.length() <= 1) {
            return 0;
        }
        try {
            return Integer.parseInt(path.substring(1));
        } catch (NumberFormatException notADatabase) {
            throw new IllegalArgumentException("REDIS_URL's path must be a database number, e.g. redis://host:6379/0", notADatabase);
        }
    }
}
