package org.mentorbot.teams.auth;

/**
 * The bot could not get a token for the Bot Connector. The message says from where and why, in
 * Entra ID's own words when it answered (e.g. {@code AADSTS700016} when a single-tenant bot asks
 * the wrong tenant). Retrying helps only when the authority could not be reached or was busy.
 */
public final class TokenUnavailableException extends RuntimeException {

    private final boolean retryable;

    public TokenUnavailableException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public TokenUnavailableException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
