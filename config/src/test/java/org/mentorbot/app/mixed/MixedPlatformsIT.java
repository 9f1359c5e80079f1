package org.mentorbot.app.mixed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One program on two platforms: a mentor on Slack and a mentee on Teams are matched, and each
 * receives the introduction where they are — the mentor in Slack, the mentee as a proactive
 * Teams message in the chat where they installed the bot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.slack.bot-token=xoxb-mixed",
        "mentorbot.slack.signing-secret=mixed-secret",
        "mentorbot.teams.local=true",
        "mentorbot.admins=slack:UADMIN",
        "mentorbot.program.working-hours-only=false"})
class MixedPlatformsIT {

    static final FakePlatforms PLATFORMS = start();
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MentorBot bot;

    @DynamicPropertySource
    static void pointAtFakes(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.slack.api-url", PLATFORMS::slackApiUrl);
    }

    @AfterAll
    static void stop() {
        PLATFORMS.close();
    }

    @Test
    void aSlackMentorAndATeamsMenteeAreEachIntroducedOnTheirOwnPlatform() throws Exception {
        Actor mentor = Actor.of(new ParticipantId("slack:UMAYA"), "Maya");
        Actor mentee = Actor.of(new ParticipantId("teams:aad-ed"), "Ed");
        assertThat(install("aad-ed", "a:ed-personal-chat").statusCode()).isBetween(200, 299);

        join(mentor, Map.of("role", "mentor", "skillsOffered", "kubernetes", "capacity", "1", "level", "6", "languages", "en"));
        join(mentee, Map.of("role", "mentee", "skillsWanted", "kubernetes", "level", "2", "languages", "en"));
        String round = bot.handle(new Inbound.CommandReceived(Actor.of(new ParticipantId("slack:UADMIN"), "Ada"), "match"))
                .fallback();

        assertThat(round).contains("1 new pair introduced");
        assertThat(PLATFORMS.calls("/api/chat.postMessage")).filteredOn(c -> c.form().get("text").contains("Maya will mentor Ed"))
                .singleElement().satisfies(c -> assertThat(c.form().get("channel")).isIn("UMAYA", "DUMAYA"));
        assertThat(PLATFORMS.calls("/api/")).noneSatisfy(c -> assertThat(c.body()).contains("aad-ed"));
        assertThat(PLATFORMS.calls("/v3/conversations/a:ed-personal-chat/activities"))
                .anySatisfy(c -> assertThat(c.body()).contains("Meet your mentoring partner", "Maya will mentor Ed"));
        assertThat(PLATFORMS.calls("/v3/conversations/")).noneSatisfy(c -> assertThat(c.path()).contains("UMAYA"));
    }

    private void join(Actor who, Map<String, String> values) {
        String reply = bot.handle(new Inbound.FormSubmitted(who, ActionIds.FORM_JOIN, "", values)).fallback();
        assertThat(reply).contains("Welcome");
    }

    private HttpResponse<String> install(String aadObjectId, String conversationId) throws Exception {
        ObjectNode activity = fixture("teams/conversation-update-install.json");
        activity.put("serviceUrl", PLATFORMS.serviceUrl());
        ((ObjectNode) activity.get("from")).put("aadObjectId", aadObjectId).put("id", "29:" + aadObjectId);
        ((ObjectNode) activity.get("conversation")).put("id", conversationId);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(activity))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode fixture(String name) {
        try (InputStream in = Optional.ofNullable(MixedPlatformsIT.class.getClassLoader().getResourceAsStream(name)).orElseThrow()) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static FakePlatforms start() {
        try {
            return new FakePlatforms();
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }

}
