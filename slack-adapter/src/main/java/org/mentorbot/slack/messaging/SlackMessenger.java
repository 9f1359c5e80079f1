package org.mentorbot.slack.messaging;

import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsCompletionException;
import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.slack.render.ReplyBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the bot's messages in Slack. A pair's messages (introduction, check-in, poll) go to
 * one group DM of the pair and the bot, so that they talk to each other right there; everything
 * addressed to one person (notices, admin alerts) goes to that person's DM with the bot; a
 * {@link Message.Kind#CHANNEL_POST} is addressed to a channel id ({@code slack:C0456EFGH}) and
 * posted in that channel, where the bot must be a member. Every
 * call goes through the SDK's rate-limited asynchronous client; a message that finally fails is
 * logged with its recipient and reported in the {@link Delivery}, never dropped silently.
 */
public final class SlackMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);
    private static final Set<Message.Kind> TOGETHER = Set.of(Message.Kind.INTRODUCTION, Message.Kind.CHECK_IN, Message.Kind.POLL,
            Message.Kind.GUIDANCE);
    private static final int MAX_GROUP = 8;

    private final AsyncMethodsClient slack;
    private final GroupConversations groups;
    private final Duration patience;

    /**
     * @param patience how long a delivery may wait for Slack (pacing, 429 retries) before it counts as failed
     */
    public SlackMessenger(AsyncMethodsClient slack, Duration patience) {
        this.slack = slack;
        this.groups = new GroupConversations(slack);
        this.patience = patience;
    }

    @Override
    public Delivery deliver(Message message) {
        List<LayoutBlock> blocks = ReplyBlocks.render(message.content());
        String text = ReplyBlocks.fallback(message.content());
        Map<ParticipantId, CompletableFuture<String>> sends = new LinkedHashMap<>();
        if (TOGETHER.contains(message.kind()) && message.to().size() > 1 && message.to().size() <= MAX_GROUP) {
            List<String> users = message.to().stream().map(ParticipantId::userId).toList();
            CompletableFuture<String> together = attempt(() -> groups.open(users)).thenCompose(channel -> post(channel, text, blocks));
            message.to().forEach(to -> sends.put(to, together));
        } else {
            message.to().forEach(to -> sends.put(to, post(to.userId(), text, blocks)));
        }
        return collect(message, sends);
    }

    private CompletableFuture<String> post(String channel, String text, List<LayoutBlock> blocks) {
        return attempt(() -> slack.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks).unfurlLinks(false).unfurlMedia(false))
                .thenApply(response -> {
                    if (!response.isOk()) {
                        throw new SlackCallFailed("chat.postMessage: " + response.getError());
                    }
                    return response.getTs();
                }));
    }

    /** A call that fails before it is even queued (Slack unreachable for the team lookup) fails its future, not the caller. */
    private static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    private Delivery collect(Message message, Map<ParticipantId, CompletableFuture<String>> sends) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<ParticipantId> delivered = new ArrayList<>();
        Map<ParticipantId, String> failed = new LinkedHashMap<>();
        for (Map.Entry<ParticipantId, CompletableFuture<String>> send : sends.entrySet()) {
            try {
                send.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                delivered.add(send.getKey());
            } catch (ExecutionException | CompletionException failure) {
                failed.put(send.getKey(), reason(failure.getCause()));
            } catch (TimeoutException slow) {
                failed.put(send.getKey(), "no answer from Slack within " + patience);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                failed.put(send.getKey(), "interrupted while sending");
            }
        }
        failed.forEach((to, why) -> log.warn("Slack {} to {} failed: {}", message.kind(), to, why));
        return new Delivery(delivered, failed);
    }

    static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof MethodsCompletionException slackFailure) {
            if (slackFailure.getSlackApiException() != null) {
                return "Slack answered HTTP " + slackFailure.getSlackApiException().getResponse().code();
            }
            if (slackFailure.getIoException() != null) {
                return "could not reach Slack: " + slackFailure.getIoException().getMessage();
            }
            Exception other = slackFailure.getOtherException();
            return other == null ? "Slack call failed" : other.getClass().getSimpleName() + ": " + other.getMessage();
        }
        return cause == null ? "unknown failure" : cause.getMessage();
    }
}
