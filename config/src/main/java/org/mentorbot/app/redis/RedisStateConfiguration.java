package org.mentorbot.app.redis;

import org.mentorbot.app.program.MentorbotProperties;
import org.mentorbot.app.programs.ProgramsStartup;
import org.mentorbot.app.settings.RedisConnection;
import org.mentorbot.app.settings.RedisUrl;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.DueLookout;
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
import redis.clients.jedis.UnifiedJedis;

/**
 * Program state in Redis when {@code REDIS_URL} is set: every store under one key prefix, and a
 * health check that reports DOWN while Redis does not answer. The URL was checked, and Redis answered,
 * before anything was built (see {@code org.mentorbot.app.settings}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${mentorbot.redis.url:}'.isBlank()")
public class RedisStateConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisStateConfiguration.class);
    private static final int TIMEOUT_MILLIS = 2000;

    @Bean
    RedisConnection redisConnection(MentorbotProperties properties) {
        MentorbotProperties.Redis redis = properties.redis();
        RedisUrl url = RedisUrl.parse(redis.url());
        return redis.sentinels().isBlank() ? RedisConnection.direct(url)
                : new RedisConnection(url, RedisConnection.parseSentinels(redis.sentinels()), redis.master().strip());
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis jedis(RedisConnection connection) {
        return connection.open(TIMEOUT_MILLIS);
    }

    @Bean
    RedisStores redisStores(UnifiedJedis jedis, RedisConnection connection, MentorbotProperties properties) {
        RedisStores stores = new RedisStores(jedis, properties.redis().keyPrefix());
        log.info("Program state is kept in Redis at {} under key prefix '{}'", connection, stores.keyPrefix());
        if (stores.countersBuilt()) {
            log.info("Counted the programs' numbers for stats from their records, once");
        }
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
    DueLookout dueLookout(RedisStores redis) {
        return redis.dueLookout();
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
    HealthIndicator redisHealthIndicator(UnifiedJedis jedis) {
        return () -> {
            try {
                return "PONG".equals(jedis.ping()) ? Health.up().build() : Health.down().build();
            } catch (redis.clients.jedis.exceptions.JedisException unreachable) {
                return Health.down().build();
            }
        };
    }
}
