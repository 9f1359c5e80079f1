package org.mentorbot.app.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.redis.RedisStores;
import org.mentorbot.slack.interaction.RefusedWork;
import org.mentorbot.slack.interaction.SlackBot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The operators' numbers at {@code /actuator/prometheus}, besides the messages counted per platform
 * ({@link MeteredMessenger}) and the scheduler's ticks ({@code org.mentorbot.app.scheduling}): work the Slack
 * adapter acknowledged but refused, failed Redis calls, and the time of each matching round.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    MeterBinder refusedWorkMetrics(ObjectProvider<SlackBot> slack) {
        return registry -> slack.ifAvailable(bot -> {
            for (RefusedWork.Reason reason : RefusedWork.Reason.values()) {
                FunctionCounter.builder("mentorbot.work.refused", bot.refusedWork(), refused -> refused.count(reason))
                        .description("Work that could not run when it came: the person was asked to try again, or the platform to deliver it again")
                        .tag("platform", "slack").tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                        .register(registry);
            }
        });
    }

    @Bean
    MeterBinder redisMetrics(ObjectProvider<RedisStores> redis) {
        return registry -> redis.ifAvailable(stores -> FunctionCounter.builder("mentorbot.redis.errors", stores,
                        RedisStores::failedCalls)
                .description("Redis calls that failed: no connection, a timeout, or an error reply").register(registry));
    }

    @Bean
    MeterBinder matchingMetrics(ProgramRegistry programs) {
        return registry -> programs.onRound((program, round, took) -> roundTimer(registry, program.value()).record(took));
    }

    private static Timer roundTimer(MeterRegistry registry, String program) {
        return Timer.builder("mentorbot.matching.round").description("Matching rounds, by program, admin-asked or scheduled")
                .tag("program", program).register(registry);
    }
}
