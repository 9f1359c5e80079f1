package org.mentorbot.teams.delivery;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;

/**
 * A message the bot posts on its own initiative into a conversation it knows by reference: a
 * nudge to someone's personal chat, the answer to a command that finished after its turn, or
 * an answer its turn could not wait to send.
 * Each post is paced and retried by {@link ConnectorCalls}.
 */
public final class ProactiveMessages {

    private final BotFrameworkAdapter adapter;
    private final ClaimsIdentity botIdentity;
    private final ConnectorCalls calls;

    public ProactiveMessages(BotFrameworkAdapter adapter, ClaimsIdentity botIdentity, ConnectorCalls calls) {
        this.adapter = adapter;
        this.botIdentity = botIdentity;
        this.calls = calls;
    }

    /** Posts {@code activity} as a new message in the referenced conversation; throws {@link SendFailedException} when it finally fails. */
    public void post(ConversationReference reference, Activity activity) {
        calls.call(reference.getConversation().getId(),
                () -> adapter.continueConversation(botIdentity, reference, turn -> post(turn, reference, activity)));
    }

    /**
     * Replaces the message {@code activity.getId()} in the referenced conversation (a card whose
     * button was pressed) with {@code activity}; throws {@link SendFailedException} when it finally fails.
     */
    public void replace(ConversationReference reference, Activity activity) {
        calls.call(reference.getConversation().getId(),
                () -> adapter.continueConversation(botIdentity, reference, turn -> replace(turn, reference, activity)));
    }

    private static CompletableFuture<Void> replace(TurnContext turn, ConversationReference reference, Activity activity) {
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        Activity addressed = Activity.clone(activity);
        addressed.applyConversationReference(reference, false);
        return connector.getConversations().updateActivity(addressed).thenApply(updated -> null);
    }

    /**
     * Posts a new message to the conversation ({@code POST .../activities}). The turn's own
     * {@code sendActivity} would answer the made-up id of the continuation activity instead.
     */
    private static CompletableFuture<Void> post(TurnContext turn, ConversationReference reference, Activity activity) {
        ConnectorClient connector = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        Activity addressed = Activity.clone(activity);
        addressed.applyConversationReference(reference, false);
        addressed.setReplyToId(null);
        return connector.getConversations().sendToConversation(addressed).thenApply(sent -> null);
    }
}
