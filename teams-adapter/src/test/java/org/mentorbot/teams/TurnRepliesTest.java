package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextStateCollection;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ConversationPacer;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.RateWindow;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.mentorbot.teams.delivery.Timeline;

/**
 * A conversation at Teams' pace limit: each turn waits for it up to the bound and no longer, and
 * what cannot go out by then is posted after the turn, in order of the turns, and never dropped.
 * Time is virtual: a wait moves the clock, so a minute of pacing takes no time.
 */
class TurnRepliesTest {

    private static final String CHAT = "a:1busy-chat";

    private final AtomicLong now = new AtomicLong();
    private final Timeline timeline = new Timeline() {
        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(Duration duration) {
            if (duration.toNanos() > 0) {
                now.addAndGet(duration.toNanos());
            }
        }
    };
    private final ConnectorCalls calls = new ConnectorCalls(new ConversationPacer(RateWindow.TEAMS_PER_CONVERSATION, timeline),
            new RetryPolicy(1, Duration.ZERO, Duration.ZERO), timeline, new SplittableRandom(1));
    private final List<String> inTurn = new CopyOnWriteArrayList<>();
    private final List<String> afterTurn = new CopyOnWriteArrayList<>();
    private final ProactiveMessages proactive = recordingProactive();

    @Test
    void noTurnWaitsForThePacePastTheBoundAndEveryAnswerStillGoesOut() throws Exception {
        try (DeferredWork later = new DeferredWork("teams-late-answers", 1, 1_000)) {
            TurnReplies replies = new TurnReplies(calls, proactive, later);
            CompletableFuture<?> last = null;
            for (int i = 1; i <= 100; i++) {
                TurnContext turn = turn(i);
                long started = now.get();
                replies.start(turn);
                last = replies.send(turn, text("answer " + i));

                assertThat(Duration.ofNanos(now.get() - started)).as("turn %d", i).isLessThanOrEqualTo(TurnReplies.BOUND);
            }
            last.get(5, TimeUnit.SECONDS);
        }

        assertThat(inTurn).hasSizeGreaterThan(30).hasSizeLessThan(100);
        assertThat(afterTurn).hasSize(100 - inTurn.size());
        assertThat(concat(inTurn, afterTurn)).as("every answer once, in order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).mapToObj(i -> "answer " + i).toList());
    }

    @Test
    void withNoRoomToSendLaterTheAnswerIsSentInTheTurnAfterAll() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DeferredWork later = new DeferredWork("teams-late-answers", 1, 1)) {
            FullPool.fill(later, release);
            TurnReplies replies = new TurnReplies(calls, proactive, later);
            for (int i = 1; i <= 70; i++) {
                TurnContext turn = turn(i);
                replies.start(turn);
                replies.send(turn, text("answer " + i));
            }
            release.countDown();
        }

        assertThat(inTurn).hasSize(70);
        assertThat(afterTurn).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Activity text(String text) {
        Activity activity = Activity.createMessageActivity();
        activity.setText(text);
        return activity;
    }

    private TurnContext turn(int number) {
        Activity activity = Activity.createMessageActivity();
        activity.setId(String.valueOf(number));
        activity.setServiceUrl("https://smba.example.test/");
        activity.setChannelId("msteams");
        activity.setConversation(new ConversationAccount(CHAT));
        activity.setFrom(new ChannelAccount("29:1busy", "Busy Person"));
        activity.setRecipient(new ChannelAccount("28:bot", "Mentorbot"));
        TurnContext context = mock(TurnContext.class);
        TurnContextStateCollection state = new TurnContextStateCollection();
        when(context.getActivity()).thenReturn(activity);
        when(context.getTurnState()).thenReturn(state);
        when(context.sendActivity(any(Activity.class))).thenAnswer(call -> {
            inTurn.add(call.<Activity>getArgument(0).getText());
            return CompletableFuture.completedFuture(new ResourceResponse("reply"));
        });
        return context;
    }

    private ProactiveMessages recordingProactive() {
        ProactiveMessages messages = mock(ProactiveMessages.class);
        doAnswer(call -> {
            ConversationReference reference = call.getArgument(0);
            assertThat(reference.getConversation().getId()).isEqualTo(CHAT);
            afterTurn.add(call.<Activity>getArgument(1).getText());
            return null;
        }).when(messages).post(any(), any());
        return messages;
    }
}
