package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Teams waits about fifteen seconds for the answer to an activity, and delivers it again when
 * no answer came. An admin's {@code nudge} to 300 pairs through a connector that takes 15 ms a
 * call needs far longer than that, so the activity is answered at once with "on it", every
 * check-in still arrives exactly once after the answer, and the admin gets the summary as a new
 * message when the round is done. An activity that Teams delivers twice runs once.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsSlowCommandsIT extends TeamsEndToEnd {

    private static final int PAIRS = 300;
    private static final String LABEL = "slow";
    private static final Duration LATENCY = Duration.ofMillis(15);
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);
    private static final Duration ROUND_WITHIN = Duration.ofSeconds(90);

    @BeforeAll
    void installAdminAndPairs() throws Exception {
        install(carol);
        ActivePairs.create(stores, connector.serviceUrl(), LABEL, PAIRS);
    }

    @Test
    @Order(1)
    void aNudgeToManyPairsIsAnsweredAtOnceAndReportedWhenDone() throws Exception {
        connector.delayEachCall(LATENCY);
        ObjectNode nudge = nudge();

        Instant start = Instant.now();
        HttpResponse<String> response = teams.post(nudge);
        Duration answeredIn = Duration.between(start, Instant.now());
        int checkInsWhenAnswered = connector.accepted(this::isCheckIn).size();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answeredIn).as("the activity is answered well within Teams' patience").isLessThan(ANSWERED_WITHIN);
        assertThat(checkInsWhenAnswered).as("the round goes on after the answer").isLessThan(2 * PAIRS);
        assertThat(acknowledgementsOf(nudge)).singleElement().satisfies(ack -> assertThat(ack.text()).contains("On it"));

        Call summary = awaitSummaries(1).get(0);
        assertThat(summary.activityId()).as("a new message, sent after the turn").isNull();
        assertThat(checkInsPerChat()).hasSize(2 * PAIRS).allSatisfy((chat, count) -> assertThat(count).isEqualTo(1));
        List<Call> calls = connector.calls();
        int lastCheckIn = IntStream.range(0, calls.size()).filter(i -> isCheckIn(calls.get(i))).max().orElseThrow();
        assertThat(calls.subList(lastCheckIn, calls.size())).as("the summary comes after every check-in").contains(summary);
    }

    @Test
    @Order(2)
    void anActivityDeliveredTwiceRunsOnce() throws Exception {
        connector.delayEachCall(Duration.ZERO);
        int summariesBefore = connector.accepted(isSummary()).size();
        Map<String, Long> before = checkInsPerChat();
        ObjectNode nudge = nudge();

        assertThat(teams.post(nudge).statusCode()).isEqualTo(200);
        assertThat(teams.post(nudge).statusCode()).as("the same activity again, as Teams retries it").isEqualTo(200);

        assertThat(acknowledgementsOf(nudge)).hasSize(1);
        assertThat(awaitSummaries(summariesBefore + 1)).hasSize(summariesBefore + 1);
        assertThat(checkInsPerChat()).hasSize(2 * PAIRS)
                .allSatisfy((chat, count) -> assertThat(count).isEqualTo(before.getOrDefault(chat, 0L) + 1));
        assertThat(connector.accepted(isSummary())).hasSize(summariesBefore + 1);
    }

    private ObjectNode nudge() {
        ObjectNode nudge = teams.from(carol, "message-admin-match");
        nudge.put("text", "nudge");
        return nudge;
    }

    private boolean isCheckIn(Call call) {
        return call.conversationId().startsWith(ActivePairs.chatPrefix(LABEL)) && call.text().contains("checkin.met");
    }

    private Predicate<Call> isSummary() {
        return call -> call.conversationId().equals(carol.conversationId())
                && call.text().contains("Check-in sent to " + PAIRS + " pairs (0 could not be reached)");
    }

    /** The replies to this very activity, made within its turn. */
    private List<Call> acknowledgementsOf(ObjectNode activity) {
        return connector.acceptedIn(carol.conversationId()).stream()
                .filter(c -> activity.path("id").asText().equals(c.activityId())).toList();
    }

    private List<Call> awaitSummaries(int count) throws InterruptedException {
        List<Call> summaries = connector.await(isSummary(), count, ROUND_WITHIN);
        assertThat(summaries).as("summaries in the admin's chat among %s", connector.acceptedIn(carol.conversationId()))
                .hasSize(count);
        return summaries;
    }

    private Map<String, Long> checkInsPerChat() {
        return connector.accepted(this::isCheckIn).stream().collect(Collectors.groupingBy(Call::conversationId, Collectors.counting()));
    }
}
