package org.mentorbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.MethodsConfig;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot's line to Slack's Web API: one {@link Slack} instance pointed at the configured base
 * URL, a synchronous client for the calls that must happen while a request waits (opening a
 * modal with a trigger id, looking a person up) and the SDK's rate-limited asynchronous client
 * for everything the bot sends. The asynchronous client paces each method to its rate-limit tier
 * ({@code chat.postMessage} per channel) and re-queues a call that Slack answered with HTTP 429
 * until the {@code Retry-After} has passed.
 */
public final class SlackWebApi {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Slack slack;
    private final String botToken;

    private SlackWebApi(Slack slack, String botToken) {
        this.slack = slack;
        this.botToken = botToken;
    }

    /**
     * @param apiUrl      the Web API base, {@code https://slack.com/api/} in production
     * @param botToken    the bot token ({@code xoxb-…})
     * @param sendThreads how many sends may be in flight at once
     */
    public static SlackWebApi connect(String apiUrl, String botToken, int sendThreads) {
        Objects.requireNonNull(botToken, "botToken");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        config.setMethodsConfig(MethodsConfig.builder()
                .executorName("mentorbot-" + INSTANCES.incrementAndGet())
                .defaultThreadPoolSize(sendThreads)
                .build());
        return new SlackWebApi(Slack.getInstance(config), botToken);
    }

    public Slack slack() {
        return slack;
    }

    public String botToken() {
        return botToken;
    }

    /** For calls a waiting request depends on. */
    public MethodsClient methods() {
        return slack.methods(botToken);
    }

    /** For sends: paced per method tier and channel, re-queued after HTTP 429. */
    public AsyncMethodsClient async() {
        return slack.methodsAsync(botToken);
    }
}
