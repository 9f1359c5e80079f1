package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * Something the bot sends on its own initiative, to one person or to a pair together.
 * A messenger delivers a message to several people in one conversation where its platform
 * allows it (a Slack group DM) and to each of them alone where it does not (Teams).
 */
public record Message(List<ParticipantId> to, Reply content, Kind kind) {

    public Message {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }

    public Message to(List<ParticipantId> recipients) {
        return new Message(recipients, content, kind);
    }

    /**
     * What the message is for; platforms may route or pace kinds differently. {@code GUIDANCE} is
     * the playbook's word to a pair (sent to them together, like a check-in); {@code CHANNEL_POST}
     * is addressed to a channel id, not a person ({@code slack:C0456EFGH}, a program's channel).
     */
    public enum Kind {
        INTRODUCTION, CHECK_IN, POLL, SURVEY, ADMIN_ALERT, NOTICE, GUIDANCE, CHANNEL_POST
    }
}
