package org.mentorbot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextStateCollection;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's answers within a turn. Teams waits about fifteen seconds for a turn and delivers the
 * activity again when it got no answer, but a busy conversation's pace can hold a message much
 * longer (a minute, past 60 messages in 30 seconds). So a turn waits for its conversation's pace,
 * and for retries, until {@link #BOUND} after it started and no longer: an answer that cannot go
 * out by then is posted after the turn has been answered, on threads of its own, as a new message
 * (or as the update of the card whose button was pressed). When there is no room there either,
 * it is sent within the turn after all, however long that takes: an answer the bot has decided
 * on is never dropped.
 */
final class TurnReplies {

    /** How long pacing and retries may hold a turn: with the turn's own work, about ten seconds in all. */
    static final Duration BOUND = Duration.ofSeconds(8);

    private static final Logger log = LoggerFactory.getLogger(TurnReplies.class);
    private static final String DEADLINE = TurnReplies.class.getName() + ".deadline";

    private final ConnectorCalls calls;
    private final ProactiveMessages proactive;
    private final DeferredWork later;

    TurnReplies(ConnectorCalls calls, ProactiveMessages proactive, DeferredWork later) {
        this.calls = calls;
        this.proactive = proactive;
        this.later = later;
    }

    /** The turn starts now: its answers wait for pacing until {@link #BOUND} from now at most. */
    void start(TurnContext turn) {
        turn.getTurnState().replace(DEADLINE, calls.deadlineAfter(BOUND));
    }

    /** Sends {@code activity} as an answer in the turn's conversation; completes when it went out (or finally failed). */
    CompletableFuture<Void> send(TurnContext turn, Activity activity) {
        return deliver(turn, activity, false);
    }

    /** Replaces the message {@code activity.getId()} (a pressed card) with {@code activity}. */
    CompletableFuture<Void> replace(TurnContext turn, Activity activity) {
        return deliver(turn, activity, true);
    }

    private CompletableFuture<Void> deliver(TurnContext turn, Activity activity, boolean replacing) {
        String conversation = turn.getActivity().getConversation().getId();
        if (calls.callBy(conversation, deadline(turn), () -> inTurn(turn, activity, replacing)).sent()) {
            return CompletableFuture.completedFuture(null);
        }
        ConversationReference reference = turn.getActivity().getConversationReference();
        CompletableFuture<Void> done = new CompletableFuture<>();
        String what = (replacing ? "the card update " : "the answer ") + "to activity " + turn.getActivity().getId() + " in " + conversation;
        if (later.submit(what, () -> afterTurn(reference, activity, replacing, what, done))) {
            log.info("Teams conversation {} is at its pace limit: {} goes out after the turn", conversation, what);
            return done;
        }
        log.warn("Teams conversation {} is at its pace limit and there is no room to send {} later: sending it within the turn",
                conversation, what);
        calls.call(conversation, () -> inTurn(turn, activity, replacing));
        return CompletableFuture.completedFuture(null);
    }

    private static CompletableFuture<?> inTurn(TurnContext turn, Activity activity, boolean replacing) {
        return replacing ? turn.updateActivity(activity) : turn.sendActivity(activity);
    }

    private void afterTurn(ConversationReference reference, Activity activity, boolean replacing, String what,
                           CompletableFuture<Void> done) {
        try {
            if (replacing) {
                proactive.replace(reference, activity);
            } else {
                proactive.post(reference, activity);
            }
        } catch (SendFailedException undelivered) {
            log.error("Could not deliver {} after its turn: {}", what, undelivered.getMessage());
        } finally {
            done.complete(null);
        }
    }

    private long deadline(TurnContext turn) {
        TurnContextStateCollection state = turn.getTurnState();
        Long deadline = state == null ? null : state.get(DEADLINE);
        return deadline == null ? calls.deadlineAfter(BOUND) : deadline;
    }
}
