package org.mentorbot.slack.messaging;

import com.slack.api.methods.AsyncMethodsClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The group DMs the bot shares with several people. Slack answers {@code conversations.open}
 * for the same people with the same conversation, so its id is remembered after the first
 * opening: a pair's check-ins and polls then cost one {@code chat.postMessage} each instead of
 * also spending a call of the slower Tier 3 {@code conversations.open} budget.
 */
final class GroupConversations {

    private static final int MAX_REMEMBERED = 20_000;

    private final AsyncMethodsClient slack;
    private final Map<String, String> channels = new ConcurrentHashMap<>();

    GroupConversations(AsyncMethodsClient slack) {
        this.slack = slack;
    }

    /** The conversation of exactly these people and the bot; fails with Slack's error if it cannot be opened. */
    CompletableFuture<String> open(List<String> userIds) {
        String key = String.join(",", userIds.stream().sorted().toList());
        String known = channels.get(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return slack.conversationsOpen(r -> r.users(userIds).returnIm(false)).thenApply(response -> {
            if (!response.isOk() || response.getChannel() == null) {
                throw new SlackCallFailed("conversations.open: " + response.getError());
            }
            if (channels.size() >= MAX_REMEMBERED) {
                channels.clear();
            }
            channels.put(key, response.getChannel().getId());
            return response.getChannel().getId();
        });
    }
}
