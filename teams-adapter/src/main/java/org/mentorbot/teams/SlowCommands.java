package org.mentorbot.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.teams.cards.FileOffer;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.SendFailedException;
import org.mentorbot.teams.files.FileConsents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands that may send many messages (a matching round, nudges, polls) and so may outlast
 * the turn Teams waits for. Within the turn the person only hears "on it"; the command runs
 * {@link DeferredWork} and its answer is posted into the same conversation when it is done.
 * When there is no room to run it, the person hears that the bot is busy and nothing is started,
 * so no command is silently lost. An admin command from someone who is not an admin is a quick
 * refusal, answered in the turn like any other command.
 */
public final class SlowCommands {

    private static final Logger log = LoggerFactory.getLogger(SlowCommands.class);

    private final MentorBot bot;
    private final DeferredWork afterTurn;
    private final ProactiveMessages proactive;
    private final ReplyActivities activities;
    private final TurnReplies replies;
    private final TeamsCopy copy;
    private final FileConsents files;

    SlowCommands(MentorBot bot, DeferredWork afterTurn, ProactiveMessages proactive, ReplyActivities activities,
                 TurnReplies replies, TeamsCopy copy, FileConsents files) {
        this.files = files;
        this.bot = bot;
        this.afterTurn = afterTurn;
        this.proactive = proactive;
        this.activities = activities;
        this.replies = replies;
        this.copy = copy;
    }

    /** Whether {@code command} (typed, or chosen with a button) is slow, and then acknowledges it and runs it after the turn. */
    boolean take(TurnContext turn, Inbound command) {
        if (!bot.runsLong(command)) {
            return false;
        }
        Activity activity = turn.getActivity();
        ConversationReference reference = activity.getConversationReference();
        String what = "\"" + words(command) + "\" by " + command.actor().id() + " in " + reference.getConversation().getId();
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        FileOffer offer = files.offer(activity, command);
        boolean queued = afterTurn.submit(what, () -> answer(reference, bot.handle(command), offer, acknowledged, what));
        CompletableFuture<Void> sent = CompletableFuture.completedFuture(null);
        try {
            sent = replies.send(turn, activities.message(Reply.text(copy.text(queued ? "command.working" : "bot.busy"))));
        } finally {
            sent.whenComplete((done, failed) -> acknowledged.complete(null));
        }
        return true;
    }

    /** Posts the command's reply once the acknowledgement went out, so that they never arrive before it. */
    private static String words(Inbound inbound) {
        return inbound instanceof Inbound.CommandReceived c ? c.text().strip()
                : inbound instanceof Inbound.ButtonPressed b ? b.value().strip() : "";
    }

    private void answer(ConversationReference reference, Reply reply, FileOffer offer, CompletableFuture<Void> acknowledged,
                        String what) {
        acknowledged.join();
        try {
            for (Activity message : activities.messages(reply, offer)) {
                proactive.post(reference, message);
            }
        } catch (SendFailedException undelivered) {
            log.error("Ran {}, but its answer could not be delivered: {}", what, undelivered.getMessage());
        }
    }
}
