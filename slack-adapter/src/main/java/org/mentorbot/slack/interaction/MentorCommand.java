package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.CommandParser;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;

/**
 * {@code /mentor <words>}: the words go to the bot as they were typed. A command that may send
 * messages (a matching round, nudges, polls, leaving, erasing one's data) is acknowledged at
 * once and answered through the {@code response_url} when it is done; the others are quick and
 * answered in the acknowledgement itself, a form by opening it as a modal. Slack is asked who
 * the person is ({@code users.info}) before the acknowledgement only for the forms that show
 * their profile; help, the most frequent command, is answered from a body rendered once.
 */
public final class MentorCommand implements SlashCommandHandler {

    public static final String COMMAND = "/mentor";

    /** Commands whose answer is the enrollment form, pre-filled from the Slack profile. */
    static final Set<Command> SHOW_PROFILE = EnumSet.of(Command.JOIN, Command.PROFILE);
    /** Commands whose answer is the same for everyone of an audience, so its body is rendered once. */
    static final Set<Command> SHARED_ANSWER = EnumSet.of(Command.HELP, Command.UNKNOWN);

    private final MentorBot bot;
    private final SlackPeople people;
    private final Answers answers;
    private final DeferredWork afterAck;

    MentorCommand(MentorBot bot, SlackPeople people, Answers answers, DeferredWork afterAck) {
        this.bot = bot;
        this.people = people;
        this.answers = answers;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        Command command = CommandParser.parse(payload.getText());
        String what = COMMAND + " " + payload.getText() + " by " + payload.getUserId();
        if (slow(command, people.fromPayload(payload.getUserId(), payload.getUserName()))) {
            boolean queued = afterAck.submit(what, () -> respondAll(ctx, bot.handle(inbound(payload, people::actor)), what));
            return answers.ackShared(queued ? "command.working" : "bot.busy");
        }
        List<Reply> replies = bot.handle(inbound(payload, SHOW_PROFILE.contains(command) ? people::actor : people::fromPayload));
        if (replies.size() > 1) {
            afterAck.submit(what, () -> respondAll(ctx, replies.subList(1, replies.size()), what));
        }
        Reply first = replies.get(0);
        Optional<Form> form = first.form();
        if (form.isPresent()) {
            return answers.openModal(ctx.getTriggerId(), form.get()) ? ctx.ack() : answers.ackShared("form.openFailed");
        }
        return SHARED_ANSWER.contains(command) ? answers.ackShared(first) : ctx.ack(answers.toCommandResponse(first));
    }

    private static Inbound inbound(SlashCommandPayload payload, BiFunction<String, String, Actor> who) {
        return new Inbound.CommandReceived(who.apply(payload.getUserId(), payload.getUserName()), payload.getText());
    }

    /** Slow commands run after the ack; an admin command from a non-admin is a quick refusal and is answered at once. */
    private boolean slow(Command command, Actor actor) {
        return command.runsLong() && (!command.adminOnly() || bot.isAdmin(actor));
    }

    private void respondAll(SlashCommandContext ctx, List<Reply> replies, String what) {
        for (Reply reply : replies) {
            answers.respond(ctx.getResponseUrl(), answers.toCommandResponse(reply), what);
        }
    }
}
