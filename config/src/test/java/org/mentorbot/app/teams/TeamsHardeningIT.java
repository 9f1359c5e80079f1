package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What a probe of the running app found, over HTTP: a name with a Markdown link and an
 * {@code <at>} tag reached the partner raw in the summary and the card's fallback text; an
 * {@code aadObjectId} of 195-200 characters, an entity without a type and {@code invoke}
 * activities were answered 5xx; a malformed {@code locale} was not a 400. Each case now gets
 * the answer the Bot Framework expects, and an activity refused changes nothing. The class has
 * an application of its own: an admin's nudge here reaches only this class's pairs.
 */
@TestPropertySource(properties = "mentorbot.teams.after-turn.queue=201")
@DirtiesContext
class TeamsHardeningIT extends TeamsEndToEnd {

    private static final String MARKED_UP_NAME = "<at>Everyone</at> [Eve](https://evil.example) <AT>Mallory</at>";

    @Test
    void aNameWithALinkAndAMentionReachesThePartnerInert() throws Exception {
        install(carol);
        ActivePairs.createOne(stores, connector.serviceUrl(), "markup", 0, MARKED_UP_NAME, "Mia Mentee");
        Person mia = new Person("Mia Mentee", "aad-markup-mentee-0", "a:markup-aad-markup-mentee-0");

        send(carol, "message-admin-match", "nudge");
        Call checkIn = awaitOne(mia, call -> call.text().contains("checkin.met"));

        JsonNode card = Cards.card(checkIn);
        String summary = checkIn.body().path("summary").asText();
        assertThat(summary).contains("Everyone \\[Eve\\](https://evil.example) Mallory");
        assertThat(card.path("fallbackText").asText()).isEqualTo(summary);
        assertThat(card.path("body").findValuesAsText("text")).anySatisfy(text ->
                assertThat(text).contains("Everyone \\[Eve\\](https://evil.example) Mallory"));
        assertThat(connector.calls()).filteredOn(call -> call.conversationId().equals(mia.conversationId()))
                .allSatisfy(call -> assertThat(call.text()).doesNotContainIgnoringCase("<at").doesNotContainIgnoringCase("</at")
                        .doesNotContain("[Eve]("));
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoke-adaptive-card-action", "invoke-compose-extension-query", "invoke-task-fetch",
            "invoke-signin-verify-state", "invoke-card-action-without-name"})
    void anInvokeIsAnsweredOkAndChangesNothing(String fixture) throws Exception {
        Person ivy = new Person("Ivy Invoker", "aad-ivy-" + fixture, "a:1ivy-" + fixture);

        HttpResponse<String> answer = teams.post(teams.from(ivy, fixture));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertNothingChangedFor(ivy);
    }

    @Test
    void aCardSubmitIsStillAnsweredAfterInvokes() throws Exception {
        Person sam = new Person("Sam Submitter", "aad-sam", "a:1sam-personal-chat");
        assertThat(teams.post(teams.from(sam, "invoke-adaptive-card-action")).statusCode()).isEqualTo(200);

        send(sam, "message-join", "join");

        assertThat(Cards.card(awaitOne(sam, call -> Cards.card(call) != null))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a locale!", "en_US", "en-", "-GB", "en_GB-x", "en-GB-", "🙂", "x"})
    void aMalformedLocaleIsABadRequestAndChangesNothing(String locale) throws Exception {
        Person lou = new Person("Lou Locale", "aad-lou-" + Math.abs(locale.hashCode()), "a:1lou-" + Math.abs(locale.hashCode()));
        ObjectNode message = teams.from(lou, "message-join");
        message.put("locale", locale);

        HttpResponse<String> answer = teams.post(message);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("locale");
        assertNothingChangedFor(lou);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "tr-TR", "xx-YY", "zh-Hant-TW", "de-CH-1996"})
    void aWellFormedLocaleKnownOrNotIsAnsweredAndLeavesTheJvmsLocaleAlone(String locale) throws Exception {
        Person lee = new Person("Lee Locale", "aad-lee-" + locale, "a:1lee-" + locale);
        ObjectNode message = teams.from(lee, "message-join");
        message.put("locale", locale);
        message.put("text", "help");
        Locale before = Locale.getDefault();

        assertThat(teams.post(message).statusCode()).isEqualTo(200);

        awaitOne(lee, call -> true);
        assertThat(Locale.getDefault()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {195, 196, 199, 200, 2_000})
    void aTooLongAadObjectIdIsABadRequestAndChangesNothing(int length) throws Exception {
        Person longId = new Person("Lana Long", "a".repeat(length), "a:1lana-" + length);

        HttpResponse<String> answer = teams.post(teams.from(longId, "message-join"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("1 to 194 characters");
        assertNothingChangedFor(longId);
    }

    @ParameterizedTest
    @ValueSource(ints = {195, 200})
    void aTooLongFromIdWithoutAadObjectIdIsABadRequest(int length) throws Exception {
        Person emulated = new Person("Emma Emulator", "aad-emma-" + length, "a:1emma-" + length);
        ObjectNode message = teams.from(emulated, "message-join");
        ((ObjectNode) message.get("from")).put("id", "f".repeat(length)).remove("aadObjectId");

        HttpResponse<String> answer = teams.post(message);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(stores.participants().find(ParticipantId.of("teams", "f".repeat(194)))).isEmpty();
        assertThat(connector.calls()).noneMatch(call -> call.conversationId().equals(emulated.conversationId()));
    }

    @Test
    void anAadObjectIdOf194CharactersIsTheLongestAPersonMayHave() throws Exception {
        Person longest = new Person("Lena Longest", "b".repeat(194), "a:1lena-longest");

        send(longest, "message-join", "join");

        awaitOne(longest, call -> true);
        assertThat(stores.addresses().addressOf(new ParticipantId(longest.participantId()))).isPresent();
    }

    @Test
    void aConversationIdPastWhatTheConnectorTakesIsABadRequestButTeamsLongPersonalChatIdsAreFine() throws Exception {
        Person past = new Person("Cody Conversation", "aad-cody", "a:1" + "c".repeat(2_046));
        Person teamsLike = new Person("Tess Teams", "aad-tess", "a:1" + "t".repeat(297));

        assertThat(teams.post(teams.from(past, "message-join")).statusCode()).isEqualTo(400);
        assertNothingChangedFor(past);
        send(teamsLike, "message-join", "help");
        awaitOne(teamsLike, call -> true);
    }

    @Test
    void entitiesWithoutATypeAreIgnored() throws Exception {
        Person ella = new Person("Ella Entities", "aad-ella", "a:1ella-personal-chat");

        HttpResponse<String> answer = teams.post(teams.from(ella, "message-odd-entities"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(awaitOne(ella, call -> true).text()).contains("join");
    }

    private void assertNothingChangedFor(Person person) {
        if (person.aadObjectId().length() <= 194) {
            assertThat(stores.addresses().addressOf(new ParticipantId(person.participantId()))).isEmpty();
            assertThat(stores.participants().find(new ParticipantId(person.participantId()))).isEmpty();
        }
        assertThat(connector.calls()).noneMatch(call -> call.conversationId().equals(person.conversationId()));
    }
}
