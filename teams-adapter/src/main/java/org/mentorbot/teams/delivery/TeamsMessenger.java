package org.mentorbot.teams.delivery;

import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.teams.cards.ReplyActivities;

/**
 * Reaches Teams users on the bot's own initiative. Teams does not let a bot open a group chat,
 * so a message to a pair goes to each of the two alone, in the personal conversation whose
 * reference the bot stored when they first talked to it or installed it (and forgot when they
 * removed it). A person with no stored reference, or whose send finally fails, is reported in the
 * {@link Delivery}.
 */
public final class TeamsMessenger implements Messenger {

    private final ProactiveMessages proactive;
    private final AddressBook addresses;
    private final ConversationReferences references;
    private final ReplyActivities activities;

    public TeamsMessenger(ProactiveMessages proactive, AddressBook addresses, ConversationReferences references,
                          ReplyActivities activities) {
        this.proactive = proactive;
        this.addresses = addresses;
        this.references = references;
        this.activities = activities;
    }

    @Override
    public Delivery deliver(Message message) {
        List<ParticipantId> delivered = new ArrayList<>();
        Map<ParticipantId, String> failed = new LinkedHashMap<>();
        for (ParticipantId to : message.to()) {
            sendTo(to, message).ifPresentOrElse(reason -> failed.put(to, reason), () -> delivered.add(to));
        }
        return new Delivery(delivered, failed);
    }

    /** Sends to one person; the reason it failed, or empty when it was delivered. */
    private Optional<String> sendTo(ParticipantId to, Message message) {
        Optional<String> address = addresses.addressOf(to);
        if (address.isEmpty()) {
            return Optional.of("no Teams conversation with this person: they have not messaged or installed the bot, or removed it");
        }
        Optional<ConversationReference> reference = references.read(address.get());
        if (reference.isEmpty()) {
            return Optional.of("the stored Teams conversation reference is unreadable");
        }
        try {
            proactive.post(reference.get(), activities.message(message.content()));
            return Optional.empty();
        } catch (SendFailedException failure) {
            return Optional.of(failure.getMessage());
        }
    }
}
