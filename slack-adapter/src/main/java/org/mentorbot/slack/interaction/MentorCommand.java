package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.CommandParser;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;

/**
 * {@code /mentor <words>}: the words go to the bot as they were typed. A command that may send
 * messages (a matching round, nudges, polls) is acknowledged at once and answered through the
 * {@code response_url} when it is done; the others are quick and answered in the acknowledgement
 * itself, a form by opening it as a modal. Slack is asked who the person is ({@code users.info})
 * before the acknowledgement only for the forms that show their profile; help, the most frequent
 * command, is answered from a body rendered once.
 */
public final class MentorCommand implements SlashCommandHandler {

    public static final String COMMAND = "/mentor";

    /** Commands whose answer is the enrollment form, pre-filled from the Slack profile. */
    static final Set<Command> SHOW_PROFILE = EnumSet.of(Command.JOIN, Command.PROFILE);
    /**
     * Commands whose answer is the same for everyone of an audience, so its body is rendered once.
     * Unknown words are not among them: their answer names the words.
     */
    static final Set<Command> SHARED_ANSWER = EnumSet.of(Command.HELP);

    private final MentorBot bot;
    private final SlackPeople people;
    private final Answers answers;
    private final DeferredWork afterAck;
    private final RefusedWork refused;

    MentorCommand(MentorBot bot, SlackPeople people, Answers answers, DeferredWork afterAck, RefusedWork refused) {
        this.bot = bot;
        this.people = people;
        this.answers = answers;
        this.afterAck = afterAck;
        this.refused = refused;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        CommandLine line = CommandParser.parse(payload.getText());
        String what = COMMAND + " " + line.command().name().toLowerCase(Locale.ROOT) + " by slack:" + payload.getUserId();
        if (bot.runsLong(inbound(payload, line, people::fromPayload))) {
            if (afterAck.submit(what, () -> respond(ctx, bot.handle(inbound(payload, line, people::actor)), what))) {
                return answers.ackShared("command.working");
            }
            refused.record(RefusedWork.Reason.POOL_FULL, what, RefusedWork.ASKED_AGAIN);
            return answers.ackShared("bot.busy");
        }
        Reply reply = bot.handle(inbound(payload, line, SHOW_PROFILE.contains(line.command()) ? people::actor : people::fromPayload));
        Optional<Form> form = reply.form();
        if (form.isPresent()) {
            return answers.openModal(ctx.getTriggerId(), form.get()) ? ctx.ack() : answers.ackShared("form.openFailed");
        }
        return SHARED_ANSWER.contains(line.command()) ? answers.ackShared(reply) : ctx.ack(answers.toCommandResponse(reply));
    }

    private static Inbound inbound(SlashCommandPayload payload, CommandLine line, BiFunction<String, String, Actor> who) {
        return new Inbound.CommandReceived(who.apply(payload.getUserId(), payload.getUserName()), line);
    }

    private void respond(SlashCommandContext ctx, Reply reply, String what) {
        answers.respond(ctx.getResponseUrl(),
                answers.toCommandResponse(answers.withDocumentsAsFiles(ctx.getRequestUserId(), reply, what)), what);
    }
}
