package org.mentorbot.app.program;

import java.util.Objects;
import org.mentorbot.core.conversation.Messenger;

/**
 * A platform the bot can reach people on: each enabled adapter contributes one, and the
 * program routes every message to the route of each recipient's platform prefix.
 */
public record PlatformRoute(String platform, Messenger messenger) {

    public PlatformRoute {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(messenger, "messenger");
    }
}
