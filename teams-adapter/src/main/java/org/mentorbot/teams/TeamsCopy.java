package org.mentorbot.teams;

import java.util.Locale;
import java.util.ResourceBundle;
import org.mentorbot.core.conversation.Copy;

/** The few words only the Teams adapter says ("on it", "busy", a card cut short), from a resource bundle. */
public final class TeamsCopy {

    private final ResourceBundle bundle;

    public TeamsCopy(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org/mentorbot/teams/teams", locale);
    }

    public static TeamsCopy english() {
        return new TeamsCopy(Locale.ENGLISH);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... args) {
        return Copy.fill(bundle.getString(key), args);
    }
}
