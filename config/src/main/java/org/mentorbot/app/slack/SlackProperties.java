package org.mentorbot.app.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slack's settings, bound from {@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET},
 * {@code SLACK_APP_TOKEN} and {@code SLACK_API_URL} (see application.yml).
 *
 * @param sendPatience   how long one delivery may wait for Slack's pacing and 429 retries before it counts as failed
 * @param afterAckThreads threads that do the work acknowledged first and done after (clicks, long commands)
 * @param afterAckQueue   how much of that work may wait; beyond it the person is told to try again
 */
@ConfigurationProperties("mentorbot.slack")
public record SlackProperties(
        @DefaultValue("") String botToken,
        @DefaultValue("") String signingSecret,
        @DefaultValue("") String appToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("PT10M") Duration sendPatience,
        @DefaultValue("8") int sendThreads,
        @DefaultValue("4") int afterAckThreads,
        @DefaultValue("1000") int afterAckQueue) {

    /** How Slack reaches the bot, if at all. */
    public enum Transport {
        /** Slack is not configured: nothing Slack starts. */
        NONE,
        /** Signed HTTP requests to {@code POST /slack/events}. */
        HTTP,
        /** A WebSocket the bot opens to Slack with the app token; no public URL needed. */
        SOCKET_MODE
    }

    public Transport transport() {
        if (blank(botToken)) {
            return Transport.NONE;
        }
        if (!blank(appToken)) {
            return Transport.SOCKET_MODE;
        }
        return blank(signingSecret) ? Transport.NONE : Transport.HTTP;
    }

    /** Why Slack does not start with these settings, or empty when it does (or was never asked to). */
    public String missing() {
        if (blank(botToken)) {
            return blank(signingSecret) && blank(appToken) ? "" : "SLACK_BOT_TOKEN is not set";
        }
        return transport() == Transport.NONE ? "set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)" : "";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
