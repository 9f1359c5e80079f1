package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.slack.render.FormModals;
import org.mentorbot.slack.render.SlackCopy;

/**
 * A modal sent back. The values go to the bot by input name, with the form id from the
 * modal's {@code callback_id} and its context from {@code private_metadata}. A rejected form
 * stays open with Slack's {@code response_action: errors} under each field to fix; an accepted
 * one is replaced by the bot's answer, which also takes the place of the message the form came
 * from when the answer says so and the modal remembers that message (an answered poll loses its button).
 */
public final class FormSubmissions implements ViewSubmissionHandler {

    /** Every form id the bot's modals carry as {@code callback_id}. */
    public static final List<String> FORM_IDS = List.of(ActionIds.FORM_JOIN, ActionIds.FORM_FEEDBACK, ActionIds.FORM_PROGRAM,
            ActionIds.FORM_GOALS, ActionIds.FORM_MEETING, ActionIds.FORM_REVIEW, ActionIds.FORM_THANKS, ActionIds.FORM_RESOURCE,
            ActionIds.FORM_REMATCH, ActionIds.FORM_SURVEY);

    private final MentorBot bot;
    private final SlackPeople people;
    private final Answers answers;
    private final DeferredWork afterAck;
    private final SlackCopy copy;

    FormSubmissions(MentorBot bot, SlackPeople people, Answers answers, DeferredWork afterAck, SlackCopy copy) {
        this.bot = bot;
        this.people = people;
        this.answers = answers;
        this.afterAck = afterAck;
        this.copy = copy;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        View view = payload.getView();
        Actor actor = people.actor(payload.getUser().getId(), payload.getUser().getUsername());
        Reply answer = bot.handle(new Inbound.FormSubmitted(actor, view.getCallbackId(), FormModals.context(view),
                FormModals.values(view.getState())));
        if (answer.isFormRejection()) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> shown = FormModals.inputNames(view);
            answer.fieldErrors().forEach((field, message) -> {
                if (shown.contains(field)) {
                    errors.put(field, message);
                }
            });
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
        }
        if (answer.replacesOriginal() && !answer.isFormRejection()) {
            String what = "form " + view.getCallbackId() + " by slack:" + payload.getUser().getId();
            FormModals.origin(view).ifPresent(origin ->
                    afterAck.submit(what, () -> answers.respond(origin, answers.toActionResponse(answer), what)));
        }
        String title = view.getTitle() == null || view.getTitle().getText() == null || view.getTitle().getText().isBlank()
                ? copy.text("home.title") : view.getTitle().getText();
        return ctx.ackWithUpdate(FormModals.answered(title, answer, copy.text("modal.close")));
    }
}
