package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application with Teams in local mode, and people's gestures as Teams activities
 * posted to {@code /api/messages} ({@link TeamsTraffic}); every activity names a
 * {@link FakeBotConnector} as its service URL, so the bot's answers land there. Carol is the
 * admin. Each test class gets a connector of its own, so what a class counts on it is its own;
 * classes with the same settings share the application. A class that needs Teams authenticated
 * declares its own {@code @SpringBootTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.local=true",
        "mentorbot.admins=teams:aad-carol",
        "mentorbot.program.working-hours-only=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeamsEndToEnd {

    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeBotConnector connector = FakeBotConnector.start();
    final Person carol = new Person("Carol Admin", "aad-carol", "a:1carol-personal-chat");

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    TeamsTraffic teams;

    @BeforeAll
    void connect() {
        teams = new TeamsTraffic(port, connector.serviceUrl());
    }

    @AfterAll
    void stopConnector() {
        connector.close();
    }

    /** {@code person} installs the bot in their personal chat, as Teams announces it. */
    void install(Person person) throws Exception {
        assertThat(teams.post(teams.from(person, "conversation-update-install")).statusCode()).isEqualTo(200);
    }

    /** {@code person} writes {@code text} in the conversation of {@code fixture}. */
    void send(Person person, String fixture, String text) throws Exception {
        ObjectNode message = teams.from(person, fixture);
        message.put("text", text);
        assertThat(teams.post(message).statusCode()).isEqualTo(200);
    }

    /** Waits (bounded) for a call into {@code person}'s personal chat that matches, and returns the latest. */
    Call awaitOne(Person person, Predicate<Call> which) throws InterruptedException {
        List<Call> calls = connector.await(c -> c.conversationId().equals(person.conversationId()) && which.test(c), 1, WAIT);
        assertThat(calls).as("a call to %s's chat among %s", person.name(), connector.calls()).isNotEmpty();
        return calls.get(calls.size() - 1);
    }
}
