package org.mentorbot.app.teams;

/**
 * A Teams setting that cannot work, named by its environment variable; the message is the one
 * line the start-up failure shows ({@link TeamsSettingFailureAnalyzer}).
 */
public final class InvalidTeamsSettingException extends RuntimeException {

    private final String variable;

    public InvalidTeamsSettingException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The environment variable to fix, e.g. {@code MICROSOFT_APP_TENANT_ID}. */
    public String variable() {
        return variable;
    }
}
