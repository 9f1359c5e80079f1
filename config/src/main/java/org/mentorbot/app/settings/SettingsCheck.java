package org.mentorbot.app.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Reads the settings that the program is built from before any bean is made, and stops start-up with one
 * {@link BadSettingException} at the first that cannot work: a rhythm that is not a positive duration, an anonymity
 * minimum under 1, an admin without a platform prefix, half a Slack configuration, a Redis URL that is malformed or
 * where no Redis answers.
 * A word where a number or a duration belongs fails the binding, here or when the settings records are bound;
 * {@link BadSettingFailureAnalyzer} names those the same way.
 */
final class SettingsCheck implements BeanFactoryPostProcessor, PriorityOrdered {

    private static final List<String> POSITIVE_DURATIONS = List.of("mentorbot.program.checkin-interval",
            "mentorbot.program.first-checkin-after", "mentorbot.program.feedback-after");
    private static final Pattern ADMIN = Pattern.compile("(slack|teams|web):[^\\s:,][^\\s,]*");
    private static final String ADMINS_EXAMPLE = "slack:U0123ABCD,teams:<aadObjectId>";
    private static final int REDIS_TIMEOUT_MILLIS = 2000;

    private final ConfigurableEnvironment environment;
    private final SettingNames names;

    SettingsCheck(ConfigurableEnvironment environment) {
        this.environment = environment;
        this.names = new SettingNames(environment);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder settings = Binder.get(environment);
        POSITIVE_DURATIONS.forEach(property -> positive(settings, property));
        atLeast(settings, "mentorbot.program.stalled-after", 1);
        atLeast(settings, "mentorbot.anonymity-min", 1);
        atLeast(settings, "mentorbot.matching.warm-up-from", 0);
        admins(text(settings, "mentorbot.admins"));
        slack(text(settings, "mentorbot.slack.bot-token"), text(settings, "mentorbot.slack.signing-secret"),
                text(settings, "mentorbot.slack.app-token"));
        String redis = text(settings, "mentorbot.redis.url");
        String sentinels = text(settings, "mentorbot.redis.sentinels");
        String master = text(settings, "mentorbot.redis.master");
        if (!redis.isBlank()) {
            answers(connection(url(redis), sentinels, master));
        } else if (!sentinels.isBlank() || !master.isBlank()) {
            throw new BadSettingException(names.variable("mentorbot.redis.url"), "it is not set, but "
                    + names.variable(sentinels.isBlank() ? "mentorbot.redis.master" : "mentorbot.redis.sentinels")
                    + " is; give the scheme, user, password and database of the Sentinels' master",
                    "redis://mentorbot:<password>@" + RedisConnection.MASTER_EXAMPLE + "/0");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private void positive(Binder settings, String property) {
        settings.bind(property, Duration.class).ifBound(duration -> {
            if (duration.isNegative() || duration.isZero()) {
                throw bad(property, duration + " is not a positive duration");
            }
        });
    }

    private void atLeast(Binder settings, String property, int least) {
        settings.bind(property, Integer.class).ifBound(number -> {
            if (number < least) {
                throw bad(property, number + " is less than " + least);
            }
        });
    }

    private void admins(String admins) {
        Arrays.stream(admins.split(",")).map(String::strip).filter(admin -> !admin.isEmpty()).forEach(admin -> {
            if (!ADMIN.matcher(admin).matches()) {
                throw new BadSettingException(names.variable("mentorbot.admins"),
                        "'" + admin + "' does not start with a platform, slack: teams: or web:", ADMINS_EXAMPLE);
            }
        });
    }

    /** Slack needs its bot token and one way in (the signing secret for HTTP, or the app token for Socket Mode). */
    private void slack(String botToken, String signingSecret, String appToken) {
        if (botToken.isBlank() && !(signingSecret.isBlank() && appToken.isBlank())) {
            throw new BadSettingException(names.variable("mentorbot.slack.bot-token"),
                    "it is not set, but other Slack settings are; Slack needs the Bot User OAuth Token", "xoxb-...");
        }
        if (!botToken.isBlank() && signingSecret.isBlank() && appToken.isBlank()) {
            throw new BadSettingException(names.variable("mentorbot.slack.signing-secret"),
                    "it is not set, but the Slack bot token is; set the app's Signing Secret (HTTP), "
                            + "or " + names.variable("mentorbot.slack.app-token") + " for Socket Mode", "<the app's Signing Secret>");
        }
    }

    private RedisUrl url(String text) {
        try {
            return RedisUrl.parse(text);
        } catch (IllegalArgumentException malformed) {
            throw new BadSettingException(names.variable("mentorbot.redis.url"), "cannot be used: " + malformed.getMessage(),
                    RedisUrl.EXAMPLE);
        }
    }

    /** The URL alone, or with Sentinels and their master's name: both or neither. */
    private RedisConnection connection(RedisUrl url, String sentinels, String master) {
        if (sentinels.isBlank() && master.isBlank()) {
            return RedisConnection.direct(url);
        }
        if (sentinels.isBlank()) {
            throw new BadSettingException(names.variable("mentorbot.redis.sentinels"), "it is not set, but "
                    + names.variable("mentorbot.redis.master") + " is; list the Sentinels as host:port", RedisConnection.SENTINELS_EXAMPLE);
        }
        if (master.isBlank()) {
            throw new BadSettingException(names.variable("mentorbot.redis.master"), "it is not set, but "
                    + names.variable("mentorbot.redis.sentinels") + " is; name the master the Sentinels watch",
                    RedisConnection.MASTER_EXAMPLE);
        }
        try {
            return new RedisConnection(url, RedisConnection.parseSentinels(sentinels), master.strip());
        } catch (IllegalArgumentException malformed) {
            throw new BadSettingException(names.variable("mentorbot.redis.sentinels"), malformed.getMessage(),
                    RedisConnection.SENTINELS_EXAMPLE);
        }
    }

    private void answers(RedisConnection redis) {
        try (UnifiedJedis client = redis.open(REDIS_TIMEOUT_MILLIS)) {
            client.ping();
        } catch (JedisException unreachable) {
            String variable = names.variable(redis.sentinelled() ? "mentorbot.redis.sentinels" : "mentorbot.redis.url");
            String where = redis.sentinelled() ? "no Sentinel answers for " + redis.safe() : "no Redis answers at " + redis.safe();
            throw new BadSettingException(variable, where + " (" + rootMessage(unreachable) + ")",
                    redis.sentinelled() ? RedisConnection.SENTINELS_EXAMPLE : RedisUrl.EXAMPLE);
        }
    }

    private BadSettingException bad(String property, String problem) {
        return new BadSettingException(names.variable(property), problem, names.defaultValue(property).orElse("?"));
    }

    private static String text(Binder settings, String property) {
        return settings.bind(property, String.class).orElse("");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
