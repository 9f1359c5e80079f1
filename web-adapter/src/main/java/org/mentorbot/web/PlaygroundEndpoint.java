package org.mentorbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.CommandList;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playground's JSON API under {@code /playground/api}, without the web framework: the third
 * adapter over the same core. People are created here and then talk to the bot exactly as Slack
 * or Teams users do: commands, button presses and form submissions become {@link Inbound}s for
 * {@link MentorBot#handle}, and the answers come back as {@link ReplyJson}. What the bot sends on
 * its own waits in each person's inbox. Each method serves one route, takes the request body as
 * it came and says which HTTP answer that makes. Bad requests get a 4xx with a JSON sentence that
 * says what to fix, {@code {"error": "..."}}: nothing a client sends becomes a 500 or a stack trace.
 */
public final class PlaygroundEndpoint {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundEndpoint.class);

    private final PlaygroundPeople people;
    private final WebInbox inbox;
    private final MentorBot bot;
    private final SamplePeople samples;
    private final ObjectMapper json;

    public PlaygroundEndpoint(PlaygroundPeople people, WebInbox inbox, MentorBot bot, SamplePeople samples,
                              ObjectMapper json) {
        this.people = people;
        this.inbox = inbox;
        this.bot = bot;
        this.samples = samples;
        this.json = json;
    }

    /** {@code GET /people}: everyone, in the order they were created. */
    public WebAnswer people() {
        return serve(200, this::everyone);
    }

    /** {@code POST /people}: creates a person; 201. */
    public WebAnswer create(String contentType, byte[] body) {
        return serve(201, () -> {
            PlaygroundRequests.NewPerson request = read(contentType, body, PlaygroundRequests.NewPerson.class);
            return PersonJson.of(people.create(request.name(), zone(request.timezone())));
        });
    }

    /** {@code POST /people/{id}/commands}: words typed to the bot. */
    public WebAnswer command(String id, String contentType, byte[] body) {
        return serve(200, () -> {
            PlaygroundRequests.Command request = read(contentType, body, PlaygroundRequests.Command.class);
            return answer(bot.handle(new Inbound.CommandReceived(person(id).actor(), request.text())), false);
        });
    }

    /** {@code POST /people/{id}/buttons}: a button pressed; an answer that replaces an inbox message replaces it there. */
    public WebAnswer button(String id, String contentType, byte[] body) {
        return serve(200, () -> {
            PlaygroundRequests.Button request = read(contentType, body, PlaygroundRequests.Button.class);
            Person person = person(id);
            Reply reply = bot.handle(new Inbound.ButtonPressed(person.actor(), request.actionId(), request.value()));
            boolean replaced = request.messageId() != null && reply.replacesOriginal()
                    && inbox.replace(person.id(), request.messageId(), reply);
            return answer(reply, replaced);
        });
    }

    /** {@code POST /people/{id}/forms}: a form sent back; an answer that replaces the inbox message the form stood in replaces it there. */
    public WebAnswer form(String id, String contentType, byte[] body) {
        return serve(200, () -> {
            PlaygroundRequests.FormValues request = read(contentType, body, PlaygroundRequests.FormValues.class);
            Person person = person(id);
            Reply reply = bot.handle(new Inbound.FormSubmitted(person.actor(), request.formId(), request.context(), request.values()));
            boolean replaced = request.messageId() != null && reply.replacesOriginal() && !reply.isFormRejection()
                    && inbox.replace(person.id(), request.messageId(), reply);
            return answer(reply, replaced);
        });
    }

    /** {@code GET /people/{id}/inbox}: what the bot sent the person on its own, newest first. */
    public WebAnswer inbox(String id) {
        return serve(200, () -> {
            WebInbox.View view = inbox.of(person(id).id());
            return new InboxJson(view.version(), view.messages().stream()
                    .map(m -> new InboxMessageJson(m.id(), m.kind().name(), m.at().toString(), ReplyJson.of(m.content())))
                    .toList());
        });
    }

    /** {@code GET /commands}: the command words for everyone and for admins, in the help's order. */
    public WebAnswer commands() {
        return serve(200, () -> new CommandsJson(CommandList.everyone(), CommandList.admins()));
    }

    /** {@code POST /samples}: enrols the sample people. */
    public WebAnswer loadSamples() {
        return serve(200, () -> {
            SamplePeople.Loaded loaded = samples.load();
            return new SamplesJson(loaded.enrolled(), loaded.rejected(), everyone());
        });
    }

    /** Runs a request; what it returns is the body, what it refuses is a 4xx with a sentence. */
    private WebAnswer serve(int status, Supplier<Object> request) {
        Object answer;
        try {
            answer = request.get();
        } catch (PlaygroundRequests.NotJson notJson) {
            return error(415, notJson.getMessage());
        } catch (PlaygroundRequestException refused) {
            return error(400, refused.getMessage());
        } catch (IllegalArgumentException rejected) {
            log.info("Playground request rejected: {}", rejected.getMessage());
            return error(400, "The bot cannot take that input: " + rejected.getMessage());
        }
        return WebAnswer.json(status, write(answer));
    }

    private <T> T read(String contentType, byte[] body, Class<T> type) {
        return PlaygroundRequests.read(json, contentType, body, type);
    }

    private List<PersonJson> everyone() {
        return people.all().stream().map(PersonJson::of).toList();
    }

    private Person person(String id) {
        return people.find(id).orElseThrow(() -> new PlaygroundRequestException(
                "Nobody in the playground has that id; create the person first."));
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException unknown) {
            throw new PlaygroundRequestException("Unknown time zone; use a name such as Europe/Berlin or America/New_York.");
        }
    }

    private static Answer answer(Reply reply, boolean replacedInboxMessage) {
        return new Answer(List.of(ReplyJson.of(reply)), replacedInboxMessage);
    }

    private WebAnswer error(int status, String message) {
        return WebAnswer.json(status, write(new ErrorJson(message)));
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException("a playground answer cannot be written as JSON", unwritable);
        }
    }

    record PersonJson(String id, String participantId, String name, String timezone, boolean admin) {
        static PersonJson of(Person person) {
            return new PersonJson(person.id().userId(), person.id().value(), person.name(), person.timezone().getId(),
                    person.admin());
        }
    }

    record Answer(List<ReplyJson> replies, boolean replacedInboxMessage) {
    }

    record InboxJson(long version, List<InboxMessageJson> messages) {
    }

    record InboxMessageJson(long id, String kind, String at, ReplyJson reply) {
    }

    record SamplesJson(int enrolled, Map<String, String> rejected, List<PersonJson> people) {
    }

    record CommandsJson(List<String> everyone, List<String> admins) {
    }

    record ErrorJson(String error) {
    }
}
