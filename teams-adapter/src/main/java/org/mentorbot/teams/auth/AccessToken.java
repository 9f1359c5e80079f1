package org.mentorbot.teams.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token for the Bot Connector and when it expires; the token itself is never printed. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be empty");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[expires " + expiresAt + "]";
    }
}
