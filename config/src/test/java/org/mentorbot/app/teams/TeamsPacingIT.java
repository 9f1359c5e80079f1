package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * One conversation past Teams' pace: 70 messages at once into one personal chat, each answered.
 * Teams allows a bot 8 messages per 2 seconds and 60 per 30 seconds in a conversation, so the
 * answers need far longer than the 15 seconds Teams waits for a turn. No turn is held past about
 * ten seconds; the answers that could not go out by then are posted after their turns; every
 * answer arrives exactly once.
 */
@TestPropertySource(properties = "mentorbot.teams.after-turn.queue=202")
@DirtiesContext
class TeamsPacingIT extends TeamsEndToEnd {

    private static final int MESSAGES = 70;
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);
    private static final Duration SLACK = Duration.ofSeconds(2);

    @Test
    void noTurnWaitsForTheConversationsPacePastTheBoundAndNoAnswerIsLost() throws Exception {
        Person pat = new Person("Pat Pace", "aad-pat", "a:1pat-personal-chat");
        List<CompletableFuture<Duration>> turns = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ObjectNode message = teams.from(pat, "message-join");
            message.put("text", "help");
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = teams.postAsync(message.toString().getBytes());
            turns.add(answer.thenApply(response -> {
                assertThat(response.statusCode()).isEqualTo(200);
                return Duration.ofNanos(System.nanoTime() - start);
            }));
        }

        Duration longest = turns.stream().map(CompletableFuture::join).max(Duration::compareTo).orElseThrow();
        int answeredInTurns = connector.acceptedIn(pat.conversationId()).size();
        List<Call> answers = connector.await(call -> call.conversationId().equals(pat.conversationId()), MESSAGES,
                Duration.ofSeconds(90));
        Thread.sleep(1_000);

        System.out.printf("Teams pacing: %d answers in one chat; longest turn %d ms; %d answered within their turns%n",
                MESSAGES, longest.toMillis(), answeredInTurns);
        assertThat(longest).isLessThan(TURN_BOUND.plus(SLACK));
        assertThat(answeredInTurns).as("Teams' pace lets only some through within the bound").isLessThan(MESSAGES);
        assertThat(answers).hasSize(MESSAGES);
        assertThat(connector.acceptedIn(pat.conversationId())).as("each answer once").hasSize(MESSAGES);
        assertThat(connector.calls()).allMatch(Call::accepted);
    }
}
