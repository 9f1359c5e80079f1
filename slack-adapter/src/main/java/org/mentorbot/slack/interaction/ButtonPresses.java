package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.slack.render.SlackCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button pressed in a message or in the App Home. The same click arriving twice (a double
 * click, a retried request) is answered once: each press is keyed by who pressed what on which
 * message, and a repeat within a short window is only acknowledged. Buttons that open a form
 * do it at once with the click's {@code trigger_id}; the others are answered after the
 * acknowledgement: the clicked message replaced or a private answer beside it, or, in the App
 * Home, the home view republished with the answer on top. For those the repeat check, the
 * profile lookup and the bot's work all run after the acknowledgement, which then costs no I/O.
 * A press that was acknowledged is never dropped in silence: when its work cannot run — every
 * after-ack thread busy and the queue full, or the state store down — the person is told, where
 * they pressed, to press again, and the refusal is counted ({@link RefusedWork}). A press refused
 * before the bot's work began, or because the state store failed during it, is not kept as
 * pressed, so the next press counts.
 */
public final class ButtonPresses implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);

    /** Every action id the bot's buttons carry. */
    public static final List<String> ACTION_IDS = List.of(ActionIds.CHECKIN_MET, ActionIds.CHECKIN_NOT_YET,
            ActionIds.CHECKIN_NEED_HELP, ActionIds.FEEDBACK_OPEN, ActionIds.PROFILE_EDIT, ActionIds.PAUSE, ActionIds.RESUME,
            ActionIds.LEAVE_CONFIRM, ActionIds.DELETE_CONFIRM, ActionIds.CANCEL, ActionIds.RUN_COMMAND,
            ActionIds.GOALS_OPEN, ActionIds.MEETING_LOG_OPEN, ActionIds.REVIEW_OPEN,
            ActionIds.THANKS_OPEN, ActionIds.THANKS_SHARE,
            ActionIds.REMATCH, ActionIds.CHOICE_REQUEST, ActionIds.CHOICE_ACCEPT, ActionIds.CHOICE_DECLINE, ActionIds.SURVEY_OPEN);

    static final Duration REPEAT_WINDOW = Duration.ofSeconds(30);
    private static final Set<String> OPEN_FORMS = Set.of(ActionIds.FEEDBACK_OPEN, ActionIds.PROFILE_EDIT,
            ActionIds.GOALS_OPEN, ActionIds.MEETING_LOG_OPEN, ActionIds.REVIEW_OPEN, ActionIds.THANKS_OPEN, ActionIds.REMATCH,
            ActionIds.SURVEY_OPEN);

    private final MentorBot bot;
    private final SlackPeople people;
    private final Answers answers;
    private final AppHome home;
    private final DeferredWork afterAck;
    private final SeenEvents seen;
    private final SlackCopy copy;
    private final RefusedWork refused;

    ButtonPresses(MentorBot bot, SlackPeople people, Answers answers, AppHome home, DeferredWork afterAck, SeenEvents seen,
                  SlackCopy copy, RefusedWork refused) {
        this.bot = bot;
        this.people = people;
        this.answers = answers;
        this.home = home;
        this.afterAck = afterAck;
        this.seen = seen;
        this.copy = copy;
        this.refused = refused;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String what = "button " + action.getActionId() + " by slack:" + payload.getUser().getId();
        if (OPEN_FORMS.contains(action.getActionId()) || (action.getActionId().equals(ActionIds.RUN_COMMAND)
                && !bot.runsLong(new Inbound.ButtonPressed(people.fromPayload(payload.getUser().getId(), payload.getUser().getUsername()),
                        ActionIds.RUN_COMMAND, action.getValue())))) {
            firstPressHandled(payload, action, ctx, what).ifPresent(handled -> openForm(payload, ctx, what, handled));
            return ctx.ack();
        }
        if (!afterAck.submit(what, () -> pressed(payload, action, ctx, what))) {
            pressAgain(payload, ctx, what, RefusedWork.Reason.POOL_FULL);
        }
        return ctx.ack();
    }

    /** The work of a press, after the acknowledgement. */
    private void pressed(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext ctx, String what) {
        firstPressHandled(payload, action, ctx, what)
                .ifPresent(handled -> answer(handled.actor(), ctx, inHome(payload), handled.reply(), what));
    }

    /** Who pressed, and the bot's reply to it. */
    private record Handled(Actor actor, Reply reply) {
    }

    /**
     * The bot's reply to the first press of a button; empty for a repeat, or when the state store
     * could not serve the press: then the person is asked to press again, and the press is taken
     * back, so that the next one counts.
     */
    private Optional<Handled> firstPressHandled(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext ctx,
                                                String what) {
        Optional<SeenEvents.Mark> press;
        try {
            press = seen.mark(pressKey(payload, action), REPEAT_WINDOW);
        } catch (StoreUnavailableException outage) {
            pressAgain(payload, ctx, what, RefusedWork.Reason.STORE_DOWN);
            return Optional.empty();
        }
        if (press.isEmpty()) {
            return Optional.empty();
        }
        try {
            Actor actor = actor(payload);
            Reply reply = bot.handleOrFail(new Inbound.ButtonPressed(actor, action.getActionId(), action.getValue()));
            return Optional.of(new Handled(actor, reply));
        } catch (StoreUnavailableException outage) {
            takeBack(press.get(), what);
            pressAgain(payload, ctx, what, RefusedWork.Reason.STORE_DOWN);
            return Optional.empty();
        }
    }

    /** A press the store can take back no more than it could serve counts as a repeat until {@link #REPEAT_WINDOW} ends. */
    private void takeBack(SeenEvents.Mark press, String what) {
        try {
            seen.forget(press);
        } catch (StoreUnavailableException outage) {
            log.warn("Could not take back {}: a press of it within {} changes nothing ({})", what, REPEAT_WINDOW, outage.getMessage());
        }
    }

    /**
     * Tells the person their press did nothing and to press again: privately beside the message,
     * or on top of their App Home. Runs on the request's thread when the pool is full, so it costs
     * that one acknowledgement a post to Slack.
     */
    private void pressAgain(BlockActionPayload payload, ActionContext ctx, String what, RefusedWork.Reason reason) {
        refused.record(reason, what, RefusedWork.ASKED_AGAIN);
        Reply notice = Reply.text(copy.text(reason == RefusedWork.Reason.POOL_FULL ? "press.busy" : "press.storeDown"));
        Actor actor = people.fromPayload(payload.getUser().getId(), payload.getUser().getUsername());
        answer(actor, ctx, inHome(payload), notice, what);
    }

    /**
     * A form must open with the click's trigger id, so before the acknowledgement; other answers follow it.
     * A form that takes the place of the clicked message (a poll's) carries the message's
     * {@code response_url}, so that the answer to the form can replace the message.
     */
    private void openForm(BlockActionPayload payload, ActionContext ctx, String what, Handled handled) {
        Reply reply = handled.reply();
        Optional<Form> form = reply.form();
        String origin = reply.replacesOriginal() && !inHome(payload) ? ctx.getResponseUrl() : null;
        if ((form.isEmpty() || !answers.openModal(payload.getTriggerId(), form.get(), origin))
                && !afterAck.submit(what, () -> answer(handled.actor(), ctx, inHome(payload), reply, what))) {
            pressAgain(payload, ctx, what, RefusedWork.Reason.POOL_FULL);
        }
    }

    private Actor actor(BlockActionPayload payload) {
        return people.actor(payload.getUser().getId(), payload.getUser().getUsername());
    }

    private static boolean inHome(BlockActionPayload payload) {
        return payload.getView() != null && "home".equals(payload.getView().getType());
    }

    private void answer(Actor actor, ActionContext ctx, boolean inHome, Reply reply, String what) {
        if (inHome) {
            home.publish(actor, Optional.of(answers.withDocumentsAsFiles(ctx.getRequestUserId(), reply, what)));
        } else {
            answers.respond(ctx.getResponseUrl(), answers.toActionResponse(answers.withDocumentsAsFiles(ctx.getRequestUserId(), reply, what)),
                    what);
        }
    }

    /** Who pressed which button with which value on which message (or which rendering of a view). */
    static String pressKey(BlockActionPayload payload, BlockActionPayload.Action action) {
        String where = payload.getContainer() == null ? "" : payload.getContainer().getMessageTs() != null
                ? payload.getContainer().getChannelId() + "/" + payload.getContainer().getMessageTs()
                : payload.getContainer().getViewId() + "/" + (payload.getView() == null ? "" : payload.getView().getHash());
        return "slack:press:" + payload.getUser().getId() + ":" + action.getActionId() + ":" + action.getValue() + ":" + where;
    }
}
