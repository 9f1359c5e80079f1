package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ConversationPacer;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.RateWindow;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.mentorbot.teams.delivery.Timeline;
import org.mentorbot.teams.files.FileConsents;
import org.mentorbot.teams.files.OneDriveUpload;

/**
 * Which commands leave the turn, what the person hears within it, and that the answer is
 * posted into the same conversation afterwards. The turn and the proactive post are the
 * SDK's edges and are stubbed; the program is the real one, in memory.
 */
class SlowCommandsTest {

    private static final String CHAT = "a:1admin-personal-chat";

    private final Conversation program = new Conversation();
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final TurnContext turn = turnIn(CHAT);
    private final ProactiveMessages proactive = recordingProactive();
    private final ConnectorCalls calls = new ConnectorCalls(
            new ConversationPacer(List.of(new RateWindow(1000, Duration.ofSeconds(1))), Timeline.SYSTEM),
            new RetryPolicy(1, Duration.ZERO, Duration.ZERO), Timeline.SYSTEM, new SplittableRandom(1));

    @Test
    void anAdminsNudgeIsAcknowledgedInTheTurnAndAnsweredAfterIt() {
        try (DeferredWork afterTurn = new DeferredWork("teams-after-turn", 1, 1)) {
            assertThat(slowCommands(afterTurn).take(turn, command(Conversation.admin(), "nudge"))).isTrue();
        }

        assertThat(said).hasSize(2);
        assertThat(said.get(0)).startsWith("turn: On it.");
        assertThat(said.get(1)).startsWith("posted to " + CHAT + ": Check-in sent to 0 pairs");
    }

    @Test
    void leavingFirstAsksInTheTurnSoItIsNotSlow() {
        try (DeferredWork afterTurn = new DeferredWork("teams-after-turn", 1, 1)) {
            assertThat(slowCommands(afterTurn).take(turn, command(Conversation.person("U1", "Uma"), "leave"))).isFalse();
        }

        assertThat(said).isEmpty();
    }

    @Test
    void withNoRoomTheCommandIsNotStartedAndThePersonIsToldTheBotIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DeferredWork afterTurn = new DeferredWork("teams-after-turn", 1, 1)) {
            FullPool.fill(afterTurn, release);

            assertThat(slowCommands(afterTurn).take(turn, command(Conversation.admin(), "poll"))).isTrue();
            release.countDown();
        }

        assertThat(said).containsExactly("turn: I'm busy right now, so I didn't start that. Please try again in a minute.");
    }

    @Test
    void quickCommandsAndAdminRefusalsStayInTheTurn() {
        try (DeferredWork afterTurn = new DeferredWork("teams-after-turn", 1, 1)) {
            SlowCommands slowCommands = slowCommands(afterTurn);

            assertThat(slowCommands.take(turn, command(Conversation.admin(), "stats"))).isFalse();
            assertThat(slowCommands.take(turn, command(Conversation.admin(), "help"))).isFalse();
            assertThat(slowCommands.take(turn, command(Conversation.person("U1", "Uma"), "nudge"))).isFalse();
            assertThat(slowCommands.take(turn, command(Conversation.person("U1", "Uma"), "match"))).isFalse();
        }

        assertThat(said).isEmpty();
    }

    private SlowCommands slowCommands(DeferredWork afterTurn) {
        ReplyActivities activities = new ReplyActivities(TeamsJson.mapper());
        return new SlowCommands(program.bot, afterTurn, proactive, activities, new TurnReplies(calls, proactive, afterTurn),
                TeamsCopy.english(), new FileConsents(program.bot, afterTurn, proactive, activities, TeamsCopy.english(),
                TeamsJson.mapper(), new OneDriveUpload(Duration.ofSeconds(1), false), program.stores.addresses(),
                new InMemorySeenEvents(Clock.systemUTC())));
    }

    private static Inbound.CommandReceived command(Actor actor, String text) {
        return new Inbound.CommandReceived(actor, text);
    }

    private TurnContext turnIn(String conversationId) {
        Activity activity = Activity.createMessageActivity();
        activity.setId("1740992460456");
        activity.setServiceUrl("https://smba.example.test/");
        activity.setChannelId("msteams");
        activity.setConversation(new ConversationAccount(conversationId));
        activity.setFrom(new ChannelAccount("29:1admin", "Ada Admin"));
        activity.setRecipient(new ChannelAccount("28:bot", "Mentorbot"));
        TurnContext context = mock(TurnContext.class);
        when(context.getActivity()).thenReturn(activity);
        when(context.sendActivity(any(Activity.class))).thenAnswer(call -> {
            said.add("turn: " + call.<Activity>getArgument(0).getText());
            return CompletableFuture.completedFuture(new ResourceResponse("reply-1"));
        });
        return context;
    }

    private ProactiveMessages recordingProactive() {
        ProactiveMessages messages = mock(ProactiveMessages.class);
        doAnswer(call -> {
            ConversationReference reference = call.getArgument(0);
            said.add("posted to " + reference.getConversation().getId() + ": " + call.<Activity>getArgument(1).getText());
            return null;
        }).when(messages).post(any(), any());
        return messages;
    }
}
