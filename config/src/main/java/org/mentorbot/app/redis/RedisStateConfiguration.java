package org.mentorbot.app.redis;

import org.mentorbot.app.program.MentorbotProperties;
import org.mentorbot.app.programs.ProgramsStartup;
import org.mentorbot.app.settings.RedisUrl;
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
import redis.clients.jedis.JedisPooled;

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

    @Bean(destroyMethod = "close")
    JedisPooled jedis(MentorbotProperties properties) {
        RedisUrl url = RedisUrl.parse(properties.redis().url());
        return new JedisPooled(url.hostAndPort(), url.clientConfig(TIMEOUT_MILLIS));
    }

    @Bean
    RedisStores redisStores(JedisPooled jedis, MentorbotProperties properties) {
        RedisStores stores = new RedisStores(jedis, properties.redis().keyPrefix());
        log.info("Program state is kept in Redis at {} under key prefix '{}'", RedisUrl.parse(properties.redis().url()),
                stores.keyPrefix());
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
}
