package org.mentorbot.slack.render;

import java.util.Locale;
import java.util.ResourceBundle;
import org.mentorbot.core.conversation.Copy;

/** The few words only the Slack adapter says (modal buttons, "on it", App Home), from a resource bundle. */
public final class SlackCopy {

    private final ResourceBundle bundle;

    public SlackCopy(Locale locale) {
        this.bundle = ResourceBundle.getBundle("org/mentorbot/slack/slack", locale);
    }

    public static SlackCopy english() {
        return new SlackCopy(Locale.ENGLISH);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... args) {
        return Copy.fill(bundle.getString(key), args);
    }
}
