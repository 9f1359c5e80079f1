package org.mentorbot.teams.delivery;

import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.teams.auth.TokenUnavailableException;

/**
 * Why a call to the Bot Connector failed, and whether trying again can help: Teams asks bots
 * to retry 429 (after {@code Retry-After} when given), 412, 502, 503 and 504; a connection that
 * failed is retried too. Anything else (403: the person blocked the bot, 404: the conversation
 * is gone) fails at once. When the bot could not even get its token, the reason is the
 * authority's answer (e.g. {@code AADSTS700016} for a single-tenant bot asking the wrong tenant),
 * retried only when the authority was unreachable or busy.
 */
public record ConnectorFailure(int status, Optional<Duration> retryAfter, boolean retryable, String reason) {

    private static final Set<Integer> RETRYABLE = Set.of(412, 429, 502, 503, 504);

    public static ConnectorFailure of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenUnavailableException noToken) {
                return new ConnectorFailure(0, Optional.empty(), noToken.retryable(), noToken.getMessage());
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException rest && rest.response() != null) {
                int status = rest.response().code();
                return new ConnectorFailure(status, retryAfter(rest.response().headers().get("Retry-After")),
                        RETRYABLE.contains(status), "Bot Connector answered HTTP " + status);
            }
            if (cause instanceof IOException io) {
                return new ConnectorFailure(0, Optional.empty(), true, "Bot Connector unreachable: " + io.getClass().getSimpleName());
            }
        }
        return new ConnectorFailure(0, Optional.empty(), false, "send failed: " + describe(thrown));
    }

    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
