package org.mentorbot.core.conversation;

/** Who sees a reply: only the person who asked, or everyone in the conversation where they asked. */
public enum Visibility {
    PRIVATE, CHANNEL
}
