package org.mentorbot.app.teams;

import java.time.Duration;
import org.mentorbot.app.settings.BadSettingException;
import org.mentorbot.teams.TeamsAdapter;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Microsoft Teams settings, bound from {@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD}
 * and {@code MENTORBOT_TEAMS_LOCAL} (see application.yml). Teams is on when an app id is set
 * (every request authenticated) or in local mode (no authentication: Emulator and tests).
 *
 * @param authTimeout how long validating a request's token may take before it is refused
 * @param sending     retries of failed sends to the Bot Connector
 * @param afterTurn   the threads and queue that run slow commands after their turn
 */
@ConfigurationProperties("mentorbot.teams")
public record TeamsProperties(@DefaultValue("") String appId, @DefaultValue("") String appPassword,
                              @DefaultValue("false") boolean local, @DefaultValue("PT5S") Duration authTimeout,
                              @DefaultValue Sending sending, @DefaultValue AfterTurn afterTurn) {

    public TeamsProperties {
        appId = appId == null ? "" : appId.strip();
        appPassword = appPassword == null ? "" : appPassword;
        if (authTimeout == null || authTimeout.isNegative() || authTimeout.isZero()) {
            throw new BadSettingException("MENTORBOT_TEAMS_AUTH_TIMEOUT", authTimeout + " is not a positive duration", "PT5S");
        }
    }

    /** What the Teams adapter is built from. */
    public TeamsAdapter.Settings toSettings() {
        return new TeamsAdapter.Settings(appId, appPassword, local, authTimeout, sending.toPolicy(), afterTurn.threads(),
                afterTurn.queue());
    }

    /** How failed sends are retried: at most {@code maxAttempts}, backing off from {@code baseBackoff} up to {@code maxWait}. */
    public record Sending(@DefaultValue("6") int maxAttempts, @DefaultValue("PT1S") Duration baseBackoff,
                          @DefaultValue("PT60S") Duration maxWait) {
        public RetryPolicy toPolicy() {
            return new RetryPolicy(maxAttempts, baseBackoff, maxWait);
        }
    }

    /**
     * Slow commands ({@code match}, {@code nudge}, {@code poll}, ...) run on {@code threads} threads after their turn;
     * at most {@code queue} more may wait, beyond that the person is told the bot is busy.
     */
    public record AfterTurn(@DefaultValue("4") int threads, @DefaultValue("200") int queue) {
        public AfterTurn {
            if (threads < 1) {
                throw new BadSettingException("MENTORBOT_TEAMS_AFTER_TURN_THREADS", threads + " is less than 1", "4");
            }
            if (queue < 1) {
                throw new BadSettingException("MENTORBOT_TEAMS_AFTER_TURN_QUEUE", queue + " is less than 1", "200");
            }
        }
    }
}
