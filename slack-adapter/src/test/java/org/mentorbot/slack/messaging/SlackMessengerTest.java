package org.mentorbot.slack.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.slack.api.RequestConfigurator;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsCompletionException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Conversation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;

/** The edges of sending: what Slack answers when a send fails, and where a pair's messages go. */
class SlackMessengerTest {

    private static final ParticipantId ADA = ParticipantId.of("slack", "UADA");
    private static final ParticipantId GRACE = ParticipantId.of("slack", "UGRACE");

    private final AsyncMethodsClient slack = mock(AsyncMethodsClient.class);
    private final SlackMessenger messenger = new SlackMessenger(slack, Duration.ofSeconds(5));

    @Test
    void aPairsIntroductionGoesToTheirGroupDm() {
        when(slack.conversationsOpen(any(RequestConfigurator.class))).thenAnswer(call -> {
            RequestConfigurator<ConversationsOpenRequest.ConversationsOpenRequestBuilder> configure = call.getArgument(0);
            ConversationsOpenRequest request = configure.configure(ConversationsOpenRequest.builder()).build();
            assertThat(request.getUsers()).containsExactly("UADA", "UGRACE");
            return CompletableFuture.completedFuture(opened("G0PAIR"));
        });
        when(slack.chatPostMessage(any(RequestConfigurator.class))).thenAnswer(call -> {
            RequestConfigurator<ChatPostMessageRequest.ChatPostMessageRequestBuilder> configure = call.getArgument(0);
            assertThat(configure.configure(ChatPostMessageRequest.builder()).build().getChannel()).isEqualTo("G0PAIR");
            return CompletableFuture.completedFuture(posted(true, null));
        });

        Delivery delivery = messenger.deliver(new Message(List.of(ADA, GRACE), Reply.text("Meet"), Message.Kind.INTRODUCTION));

        assertThat(delivery.delivered()).containsExactly(ADA, GRACE);
        assertThat(delivery.complete()).isTrue();
    }

    @Test
    void aSendThatFailsIsReportedWithSlacksReasonNotThrown() {
        when(slack.chatPostMessage(any(RequestConfigurator.class)))
                .thenReturn(CompletableFuture.completedFuture(posted(false, "channel_not_found")))
                .thenReturn(CompletableFuture.failedFuture(new MethodsCompletionException(new IOException("connection refused"), null, null)));

        Delivery first = messenger.deliver(new Message(List.of(ADA), Reply.text("Notice"), Message.Kind.NOTICE));
        Delivery second = messenger.deliver(new Message(List.of(GRACE), Reply.text("Notice"), Message.Kind.NOTICE));

        assertThat(first.failed()).containsEntry(ADA, "chat.postMessage: channel_not_found");
        assertThat(second.failed().get(GRACE)).contains("connection refused");
    }

    @Test
    void aCallThatCannotEvenBeQueuedIsAFailedDelivery() {
        when(slack.chatPostMessage(any(RequestConfigurator.class))).thenThrow(new IllegalStateException("auth.test failed"));

        Delivery delivery = messenger.deliver(new Message(List.of(ADA), Reply.text("Notice"), Message.Kind.ADMIN_ALERT));

        assertThat(delivery.failed()).containsEntry(ADA, "auth.test failed");
    }

    private static ConversationsOpenResponse opened(String channel) {
        ConversationsOpenResponse response = new ConversationsOpenResponse();
        response.setOk(true);
        Conversation conversation = new Conversation();
        conversation.setId(channel);
        response.setChannel(conversation);
        return response;
    }

    private static ChatPostMessageResponse posted(boolean ok, String error) {
        ChatPostMessageResponse response = new ChatPostMessageResponse();
        response.setOk(ok);
        response.setError(error);
        response.setTs("1700000000.000100");
        return response;
    }
}
