package org.mentorbot.teams.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's current token: fetched on first use, reused until shortly before it expires, then
 * fetched again. When a refresh fails while the old token is still valid, the old one is used, the
 * failure logged and the refresh tried again half a minute later, so a short outage of the
 * authority stops no send.
 */
public final class CachedTokens {

    private static final Logger log = LoggerFactory.getLogger(CachedTokens.class);
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);
    private static final Duration RETRY_REFRESH_AFTER = Duration.ofSeconds(30);

    private final TokenSource source;
    private final Clock clock;
    private AccessToken current;
    private Instant refreshAt = Instant.MIN;

    public CachedTokens(TokenSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public TokenSource source() {
        return source;
    }

    /** A valid token; throws {@link TokenUnavailableException} when there is none. */
    public synchronized String current() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(refreshAt)) {
            return current.value();
        }
        try {
            current = source.fetch();
        } catch (TokenUnavailableException failed) {
            if (current != null && now.isBefore(current.expiresAt())) {
                log.warn("Could not refresh the bot's token, using the current one until {}: {}", current.expiresAt(), failed.getMessage());
                refreshAt = now.plus(RETRY_REFRESH_AFTER);
                return current.value();
            }
            throw failed;
        }
        Duration life = Duration.between(now, current.expiresAt());
        Duration margin = life.dividedBy(2).compareTo(REFRESH_BEFORE_EXPIRY) < 0 ? life.dividedBy(2) : REFRESH_BEFORE_EXPIRY;
        refreshAt = current.expiresAt().minus(margin);
        return current.value();
    }
}
