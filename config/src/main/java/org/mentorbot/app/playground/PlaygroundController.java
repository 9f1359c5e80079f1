package org.mentorbot.app.playground;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.web.Person;
import org.mentorbot.web.PlaygroundPeople;
import org.mentorbot.web.PlaygroundRequestException;
import org.mentorbot.web.ReplyJson;
import org.mentorbot.web.SamplePeople;
import org.mentorbot.web.WebInbox;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The playground's JSON API: the third adapter over the same core. People are created here
 * and then talk to the bot exactly as Slack or Teams users do: commands, button presses and
 * form submissions become {@link Inbound}s for {@link MentorBot#handle}, and the answers come
 * back as {@link ReplyJson}. What the bot sends on its own waits in each person's inbox.
 */
@Conditional(PlaygroundEnabled.class)
@RestController
@RequestMapping("/playground/api")
class PlaygroundController {

    private final PlaygroundPeople people;
    private final WebInbox inbox;
    private final MentorBot bot;
    private final SamplePeople samples;

    PlaygroundController(PlaygroundPeople people, WebInbox inbox, MentorBot bot, SamplePeople samples) {
        this.people = people;
        this.inbox = inbox;
        this.bot = bot;
        this.samples = samples;
    }

    @GetMapping("/people")
    List<PersonJson> people() {
        return people.all().stream().map(PersonJson::of).toList();
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    PersonJson create(@RequestBody PlaygroundRequests.NewPerson request) {
        return PersonJson.of(people.create(request.name(), zone(request.timezone())));
    }

    @PostMapping("/people/{id}/commands")
    Answer command(@PathVariable String id, @RequestBody PlaygroundRequests.Command request) {
        return answer(bot.handle(new Inbound.CommandReceived(person(id).actor(), request.text())), false);
    }

    @PostMapping("/people/{id}/buttons")
    Answer button(@PathVariable String id, @RequestBody PlaygroundRequests.Button request) {
        Person person = person(id);
        List<Reply> replies = bot.handle(new Inbound.ButtonPressed(person.actor(), request.actionId(), request.value()));
        boolean replaced = request.messageId() != null && replies.size() == 1 && replies.get(0).replacesOriginal()
                && inbox.replace(person.id(), request.messageId(), replies.get(0));
        return answer(replies, replaced);
    }

    @PostMapping("/people/{id}/forms")
    Answer form(@PathVariable String id, @RequestBody PlaygroundRequests.FormValues request) {
        Person person = person(id);
        return answer(bot.handle(new Inbound.FormSubmitted(person.actor(), request.formId(), request.context(),
                request.values())), false);
    }

    @GetMapping("/people/{id}/inbox")
    InboxJson inbox(@PathVariable String id) {
        WebInbox.View view = inbox.of(person(id).id());
        return new InboxJson(view.version(), view.messages().stream()
                .map(m -> new InboxMessageJson(m.id(), m.kind().name(), m.at().toString(), ReplyJson.of(m.content())))
                .toList());
    }

    @PostMapping("/samples")
    SamplesJson loadSamples() {
        SamplePeople.Loaded loaded = samples.load();
        return new SamplesJson(loaded.enrolled(), loaded.rejected(), people());
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

    private static Answer answer(List<Reply> replies, boolean replacedInboxMessage) {
        return new Answer(ReplyJson.of(replies), replacedInboxMessage);
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
}
