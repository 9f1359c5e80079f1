package org.mentorbot.core.recognition;

import java.util.List;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;

/**
 * Posts in the program's channel ({@link Program#channel()}, such as {@code slack:C0456EFGH}):
 * a {@link Message.Kind#CHANNEL_POST} addressed to the channel id, which the platform's messenger
 * posts like any message. Teams channels are not supported yet: nothing is posted there.
 */
final class ChannelPosts {

    private final Program program;
    private final Messenger messenger;

    ChannelPosts(Program program, Messenger messenger) {
        this.program = program;
        this.messenger = messenger;
    }

    /** Whether the program has a channel the bot can post in. */
    boolean available() {
        return !program.channel().isBlank() && !program.channel().startsWith("teams:");
    }

    /** Posts the reply in the channel; true when the platform accepted it. */
    boolean post(Reply reply) {
        if (!available()) {
            return false;
        }
        Delivery delivery = messenger.deliver(new Message(List.of(new ParticipantId(program.channel())), reply.inChannel(),
                Message.Kind.CHANNEL_POST));
        return delivery.reachedAnyone();
    }
}
