package org.mentorbot.teams;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.teams.cards.CardSubmits;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.files.FileConsents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentorbot in Teams: each activity becomes one {@link Inbound} for {@link MentorBot}, and its
 * replies go back as messages or Adaptive Cards (a pressed card is updated in place). The
 * personal conversation of everyone who talks to the bot or installs it is remembered so that
 * the bot can reach them later, and forgotten when they remove the app; an activity Teams
 * delivers twice (it retries one it got no answer to in time) is handled once, and one whose
 * turn failed is not taken as handled, so that its next delivery runs it. Commands that may
 * send many messages are acknowledged in the turn and run after it ({@link SlowCommands}), and no
 * answer waits for its conversation's pace past {@link TurnReplies#BOUND}, so the turn stays
 * short. Someone who removes the app or is removed from a conversation with the bot left the
 * organisation ({@link TeamsDepartures}): recorded as a leaver in every program they are in, once,
 * before the activity counts as handled, so that a departure the store could not record fails the
 * turn and Teams' next delivery of it records it.
 */
public final class TeamsBot extends ActivityHandler {

    private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

    private static final Duration REDELIVERY_WINDOW = Duration.ofMinutes(10);
    private static final Duration WELCOME_ONCE_WITHIN = Duration.ofHours(1);

    private final MentorBot bot;
    private final AddressBook addresses;
    private final SeenEvents seen;
    private final ConversationReferences references;
    private final ReplyActivities activities;
    private final CardSubmits submits;
    private final TurnReplies replies;
    private final SlowCommands slowCommands;
    private final FileConsents files;

    TeamsBot(MentorBot bot, AddressBook addresses, SeenEvents seen, ConversationReferences references,
             ReplyActivities activities, CardSubmits submits, TurnReplies replies, SlowCommands slowCommands, FileConsents files) {
        this.files = files;
        this.bot = bot;
        this.addresses = addresses;
        this.seen = seen;
        this.references = references;
        this.activities = activities;
        this.submits = submits;
        this.replies = replies;
        this.slowCommands = slowCommands;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        replies.start(turn);
        if (activity.isType(ActivityTypes.INVOKE)) {
            return super.onTurn(turn);
        }
        try {
            departures(activity);
            if (activity.getId() == null) {
                return super.onTurn(turn);
            }
            Optional<SeenEvents.Mark> mark = seen.mark(
                    "teams:activity:" + activity.getConversation().getId() + ":" + activity.getId(), REDELIVERY_WINDOW);
            if (mark.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            return unseenIfFailed(mark.get(), activity, ranOrFailed(() -> super.onTurn(turn)));
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        Actor actor = TeamsPeople.sender(activity);
        if (TeamsPeople.isPersonal(activity)) {
            addresses.remember(actor.id(), references.write(activity.getConversationReference()));
        }
        if (activity.getValue() != null) {
            Inbound submitted = submits.read(actor, activity.getValue()).orElse(new Inbound.CommandReceived(actor, Command.HELP));
            if (!slowCommands.take(turn, submitted)) {
                answer(turn, submitted, bot.handle(submitted));
            }
            return CompletableFuture.completedFuture(null);
        }
        String words = BotMention.textWithout(activity);
        Optional<Activity> filesOnly = files.answerToFilesOnly(activity, words);
        if (filesOnly.isPresent()) {
            replies.send(turn, filesOnly.get());
            return CompletableFuture.completedFuture(null);
        }
        Inbound.CommandReceived command = new Inbound.CommandReceived(actor, words);
        if (!slowCommands.take(turn, command)) {
            answer(turn, command, bot.handle(command));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * A person's choice on a file consent card goes to {@link FileConsents}. Mentorbot's cards use
     * {@code Action.Submit}, which Teams delivers as a message; no other invoke (Universal Actions,
     * message extensions, task modules, sign-in) is one of Mentorbot's. Each is answered 200 with
     * no body and changes nothing, so Teams shows no error to the person.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        if (FileConsents.INVOKE.equals(turn.getActivity().getName())) {
            return files.answer(turn);
        }
        return CompletableFuture.completedFuture(new InvokeResponse(HttpURLConnection.HTTP_OK, null));
    }

    /** Someone joined: in a personal chat that is the install; in a team or group chat only the bot's own arrival counts. */
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        List<ChannelAccount> added = activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
        boolean botAdded = added.stream().anyMatch(m -> activity.getRecipient().getId().equals(m.getId()));
        if (!added.isEmpty() && (TeamsPeople.isPersonal(activity) || botAdded)) {
            welcome(turn);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        welcome(turn);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Records each leaver the activity names, whether or not it was delivered before: the leaver's
     * record is kept once by the store ({@link MentorBot#leftOrganisation}), and a delivery whose
     * departure failed must not be turned away as seen. Someone who removed the app can no longer
     * be written to in their personal conversation, so its stored reference is forgotten; installing
     * the app again brings a new one. A {@link StoreUnavailableException} fails the turn before the
     * activity is marked seen ({@link TeamsEndpoint} answers 503).
     */
    private void departures(Activity activity) {
        for (ParticipantId person : TeamsDepartures.in(activity)) {
            int programs = bot.leftOrganisation(person);
            if (programs > 0) {
                log.info("{} left the organisation: a leaver in {} programs", person, programs);
            }
        }
        TeamsDepartures.uninstalledBy(activity).ifPresent(addresses::forget);
    }

    /**
     * Remembers a personal conversation and greets it, once even though Teams announces an install
     * twice; a greeting that failed is not taken as given.
     */
    private void welcome(TurnContext turn) {
        Activity activity = turn.getActivity();
        Actor actor = TeamsPeople.sender(activity);
        if (TeamsPeople.isPersonal(activity)) {
            addresses.remember(actor.id(), references.write(activity.getConversationReference()));
        }
        Optional<SeenEvents.Mark> greeting = seen.mark("teams:welcome:" + activity.getConversation().getId(), WELCOME_ONCE_WITHIN);
        if (greeting.isPresent()) {
            try {
                Inbound joined = new Inbound.MemberJoined(actor);
                answer(turn, joined, bot.handle(joined));
            } catch (RuntimeException failed) {
                unseen(greeting.get(), activity, failed);
                throw failed;
            }
        }
    }

    private CompletableFuture<Void> unseenIfFailed(SeenEvents.Mark mark, Activity activity, CompletableFuture<Void> ran) {
        return ran.whenComplete((done, failed) -> {
            if (failed != null) {
                unseen(mark, activity, failed);
            }
        });
    }

    /**
     * Takes {@code mark} back after {@code failure}, unless only a reply could not be delivered,
     * so that Teams' next delivery of the activity runs: a turn answered 503 or 500 did not handle
     * it ({@link TeamsEndpoint}). A mark the store cannot take back either stays until its time to
     * live ends, and says so at WARN.
     */
    private void unseen(SeenEvents.Mark mark, Activity activity, Throwable failure) {
        if (TeamsEndpoint.handledDespite(failure)) {
            return;
        }
        try {
            seen.forget(mark);
        } catch (StoreUnavailableException outage) {
            log.warn("Teams activity {} in conversation {} failed, and {} stays marked seen until it expires: {}",
                    activity.getId(), activity.getConversation().getId(), mark.eventKey(), outage.getMessage());
        }
    }

    private static CompletableFuture<Void> ranOrFailed(Supplier<CompletableFuture<Void>> work) {
        try {
            return work.get();
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    /** Answers {@code inbound} in its turn; a file in the answer too long for a card is offered whole where it can be. */
    private void answer(TurnContext turn, Inbound inbound, Reply reply) {
        String original = turn.getActivity().getReplyToId();
        if (reply.replacesOriginal() && original != null && !original.isBlank()) {
            replies.replace(turn, activities.replacement(reply, original));
        } else {
            activities.messages(reply, files.offer(turn.getActivity(), inbound)).forEach(message -> replies.send(turn, message));
        }
    }
}
