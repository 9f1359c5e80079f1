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
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;

/**
 * A button pressed in a message or in the App Home. The same click arriving twice (a double
 * click, a retried request) is answered once: each press is keyed by who pressed what on which
 * message, and a repeat within a short window is only acknowledged. Buttons that open a form
 * do it at once with the click's {@code trigger_id}; the others are answered after the
 * acknowledgement: the clicked message replaced or a private answer beside it, or, in the App
 * Home, the home view republished with the answer on top.
 */
public final class ButtonPresses implements BlockActionHandler {

    /** Every action id the bot's buttons carry. */
    public static final List<String> ACTION_IDS = List.of(ActionIds.CHECKIN_MET, ActionIds.CHECKIN_NOT_YET,
            ActionIds.CHECKIN_NEED_HELP, ActionIds.FEEDBACK_OPEN, ActionIds.PROFILE_EDIT, ActionIds.PAUSE, ActionIds.RESUME,
            ActionIds.LEAVE_CONFIRM);

    static final Duration REPEAT_WINDOW = Duration.ofSeconds(30);
    private static final Set<String> OPEN_FORMS = Set.of(ActionIds.FEEDBACK_OPEN, ActionIds.PROFILE_EDIT);

    private final MentorBot bot;
    private final SlackPeople people;
    private final Answers answers;
    private final AppHome home;
    private final AfterAck afterAck;
    private final SeenEvents seen;

    ButtonPresses(MentorBot bot, SlackPeople people, Answers answers, AppHome home, AfterAck afterAck, SeenEvents seen) {
        this.bot = bot;
        this.people = people;
        this.answers = answers;
        this.home = home;
        this.afterAck = afterAck;
        this.seen = seen;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        if (!seen.firstSighting(pressKey(payload, action), REPEAT_WINDOW)) {
            return ctx.ack();
        }
        Actor actor = people.actor(payload.getUser().getId(), payload.getUser().getUsername());
        Inbound inbound = new Inbound.ButtonPressed(actor, action.getActionId(), action.getValue());
        boolean inHome = payload.getView() != null && "home".equals(payload.getView().getType());
        String what = "button " + action.getActionId() + " by " + actor.id();
        if (OPEN_FORMS.contains(action.getActionId())) {
            List<Reply> replies = bot.handle(inbound);
            Optional<Form> form = replies.get(0).form();
            if (form.isPresent() && answers.openModal(payload.getTriggerId(), form.get())) {
                return ctx.ack();
            }
            afterAck.submit(what, () -> answerAll(actor, ctx, inHome, replies, what));
            return ctx.ack();
        }
        afterAck.submit(what, () -> answerAll(actor, ctx, inHome, bot.handle(inbound), what));
        return ctx.ack();
    }

    private void answerAll(Actor actor, ActionContext ctx, boolean inHome, List<Reply> replies, String what) {
        for (Reply reply : replies) {
            if (inHome) {
                home.publish(actor, Optional.of(reply));
            } else {
                answers.respond(ctx.getResponseUrl(), answers.toActionResponse(reply), what);
            }
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
