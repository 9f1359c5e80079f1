package org.mentorbot.app.playground;

import java.util.Locale;
import org.mentorbot.app.settings.BadSettingException;
import org.springframework.core.env.PropertyResolver;

/**
 * Whether the browser playground runs, and how. With no chat platform configured it runs
 * {@link #STANDALONE}: the whole program is tried in a browser on this computer, the first
 * person created is the program admin, and the server listens on loopback only. Switched on
 * explicitly next to Slack or Teams it runs {@link #BESIDE_PLATFORMS}: no admin seat is
 * handed out (admins come only from {@code MENTORBOT_ADMINS}). {@code MENTORBOT_PLAYGROUND=false}
 * turns it {@link #OFF}.
 */
public enum PlaygroundMode {
    OFF, STANDALONE, BESIDE_PLATFORMS;

    static final String ENABLED = "mentorbot.playground.enabled";

    /** Reads the mode from the settings: {@code mentorbot.playground.enabled} (true, false or empty for automatic). */
    public static PlaygroundMode from(PropertyResolver settings) {
        String enabled = settings.getProperty(ENABLED, "").strip().toLowerCase(Locale.ROOT);
        boolean platforms = present(settings, "mentorbot.slack.bot-token") || present(settings, "mentorbot.teams.app-id")
                || Boolean.parseBoolean(settings.getProperty("mentorbot.teams.local", "false").strip());
        return switch (enabled) {
            case "", "auto" -> platforms ? OFF : STANDALONE;
            case "true" -> platforms ? BESIDE_PLATFORMS : STANDALONE;
            case "false" -> OFF;
            default -> throw new BadSettingException("MENTORBOT_PLAYGROUND",
                    "'" + enabled + "' is not true, false or empty (automatic)", "false");
        };
    }

    public boolean enabled() {
        return this != OFF;
    }

    private static boolean present(PropertyResolver settings, String key) {
        return !settings.getProperty(key, "").isBlank();
    }
}
