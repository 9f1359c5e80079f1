package org.mentorbot.teams.delivery;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.teams.cards.ReplyActivities;

/**
 * Reaches Teams users on the bot's own initiative. Teams does not let a bot open a group chat,
 * so a message to a pair goes to each of the two alone, in the personal conversation whose
 * reference the bot stored when they first talked to it or installed it. A person with no
 * stored reference, or whose send finally fails, is reported in the {@link Delivery}.
 */
public final class TeamsMessenger implements Messenger {

    private final BotFrameworkAdapter adapter;
    private final ClaimsIdentity botIdentity;
    private final AddressBook addresses;
    private final ConversationReferences references;
    private final ReplyActivities activities;
    private final ConnectorCalls calls;

    public TeamsMessenger(BotFrameworkAdapter adapter, ClaimsIdentity botIdentity, AddressBook addresses,
                          ConversationReferences references, ReplyActivities activities, ConnectorCalls calls) {
        this.adapter = adapter;
        this.botIdentity = botIdentity;
        this.addresses = addresses;
        this.references = references;
        this.activities = activities;
        this.calls = calls;
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
            return Optional.of("no Teams conversation with this person yet: they have not messaged or installed the bot");
        }
        Optional<ConversationReference> reference = references.read(address.get());
        if (reference.isEmpty()) {
            return Optional.of("the stored Teams conversation reference is unreadable");
        }
        try {
            calls.call(reference.get().getConversation().getId(),
                    () -> adapter.continueConversation(botIdentity, reference.get(), turn -> post(turn, reference.get(), message)));
            return Optional.empty();
        } catch (SendFailedException failure) {
            return Optional.of(failure.getMessage());
        }
    }

    /**
     * Posts a new message to the conversation ({@code POST .../activities}). The turn's own
     * {@code sendActivity} would answer the made-up id of the continuation activity instead.
     */
    private CompletableFuture<Void> post(TurnContext turn, ConversationReference reference, Message message) {
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        Activity activity = activities.message(message.content());
        activity.applyConversationReference(reference, false);
        activity.setReplyToId(null);
        return connector.getConversations().sendToConversation(activity).thenApply(sent -> null);
    }
}
