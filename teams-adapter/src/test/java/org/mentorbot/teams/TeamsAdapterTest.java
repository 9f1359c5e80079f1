package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.teams.auth.AppType;
import org.mentorbot.teams.auth.ClientCredential;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.auth.Registration;
import org.mentorbot.teams.delivery.RetryPolicy;

/**
 * What the factory decides without any network: whether requests must be authenticated, and
 * that the messenger reaches only people whose personal chat the bot knows. The whole
 * conversation over HTTP is the application's end-to-end tests' business.
 */
class TeamsAdapterTest {

    private final Conversation program = new Conversation();

    @Test
    void withAnAppIdARequestWithoutATokenIsRefused() throws Exception {
        try (TeamsAdapter teams = create(registered("11111111-2222-3333-4444-555555555555"))) {
            assertThat(endpoint(teams).handle(null, aMessage()).status()).isEqualTo(401);
        }
    }

    @Test
    void aBodyThatIsNotAnActivityIsABadRequest() {
        try (TeamsAdapter teams = create(local())) {
            assertThat(endpoint(teams).handle(null, "[1, 2, 3]").status()).isEqualTo(400);
        }
    }

    @Test
    void anInvokeIsAnsweredOkAndChangesNothing() throws Exception {
        Activity invoke = TeamsJson.mapper().readValue(aMessage(), Activity.class);
        invoke.setType("invoke");
        invoke.setName("adaptiveCard/action");
        invoke.setValue(Map.of("action", Map.of("type", "Action.Execute", "verb", "join")));
        try (TeamsAdapter teams = create(local())) {
            TeamsEndpoint.Answer answer = endpoint(teams).handle(null, TeamsJson.mapper().writeValueAsString(invoke));

            assertThat(answer).isEqualTo(new TeamsEndpoint.Answer(200, ""));
            assertThat(program.stores.addresses().addressOf(new ParticipantId("teams:29:1uma"))).isEmpty();
        }
    }

    @Test
    void aFileConsentThatNamesNoFileOfMentorbotsIsABadRequestAndChangesNothing() throws Exception {
        Activity invoke = TeamsJson.mapper().readValue(aMessage(), Activity.class);
        invoke.setType("invoke");
        invoke.setName("fileConsent/invoke");
        invoke.setValue(Map.of("type", "fileUpload", "action", "accept",
                "context", Map.of("command", "match", "file", "mentorbot-match-round.csv"),
                "uploadInfo", Map.of("uploadUrl", "https://contoso-my.sharepoint.com/upload", "name", "x.csv")));
        try (TeamsAdapter teams = create(local())) {
            TeamsEndpoint.Answer answer = endpoint(teams).handle(null, TeamsJson.mapper().writeValueAsString(invoke));

            assertThat(answer.status()).isEqualTo(400);
            assertThat(program.stores.pairings().all()).as("no round ran").isEmpty();
        }
    }

    @Test
    void someoneWhoNeverTalkedToTheBotIsReportedUnreachable() {
        ParticipantId uma = new ParticipantId("teams:aad-uma");
        try (TeamsAdapter teams = create(local())) {
            Delivery delivery = teams.messenger().deliver(new Message(List.of(uma), Reply.text("Hello"), Message.Kind.NOTICE));

            assertThat(delivery.delivered()).isEmpty();
            assertThat(delivery.failed().get(uma)).contains("no Teams conversation with this person");
        }
    }

    private TeamsAdapter create(TeamsAdapter.Settings settings) {
        return TeamsAdapter.create(settings, program.stores.addresses());
    }

    private TeamsEndpoint endpoint(TeamsAdapter teams) {
        return teams.endpoint(program.bot, new InMemorySeenEvents(Clock.systemUTC()));
    }

    /** A well-formed message from someone; its service URL answers nothing, so nothing may be sent. */
    private static String aMessage() throws JsonProcessingException {
        Activity message = Activity.createMessageActivity();
        message.setId("1");
        message.setText("help");
        message.setChannelId("msteams");
        message.setServiceUrl("http://127.0.0.1:9/");
        message.setFrom(new ChannelAccount("29:1uma"));
        message.setRecipient(new ChannelAccount("28:bot"));
        message.setConversation(new ConversationAccount("a:1uma-personal-chat"));
        return TeamsJson.mapper().writeValueAsString(message);
    }

    private static TeamsAdapter.Settings local() {
        return settings(Optional.empty());
    }

    private static TeamsAdapter.Settings registered(String appId) {
        return settings(Optional.of(new Registration(appId, AppType.MULTI_TENANT, Optional.empty(), new ClientCredential.Secret("not-a-real-secret"))));
    }

    private static TeamsAdapter.Settings settings(Optional<Registration> registration) {
        return new TeamsAdapter.Settings(registration, MicrosoftLogin.PUBLIC_CLOUD, Duration.ofSeconds(3), RetryPolicy.TEAMS_DEFAULT, 1, 1);
    }
}
