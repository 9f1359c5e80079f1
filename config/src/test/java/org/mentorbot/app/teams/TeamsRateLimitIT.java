package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.FakeBotConnector.Refusal;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A 429 storm: an admin nudges 500 pairs (1,000 proactive check-ins, each to its own chat)
 * while the Bot Connector refuses every tenth call with 429, half of them with a Retry-After.
 * Every check-in must arrive exactly once, and the admin then gets the summary. Backoff is
 * shortened by configuration so that the storm passes in seconds.
 */
@TestPropertySource(properties = {
        "mentorbot.teams.sending.base-backoff=PT0.005S",
        "mentorbot.teams.sending.max-wait=PT0.1S",
        "mentorbot.teams.sending.max-attempts=8"})
@DirtiesContext
class TeamsRateLimitIT extends TeamsEndToEnd {

    private static final int PAIRS = 500;

    @Test
    void everyNudgeArrivesExactlyOnceThroughA429Storm() throws Exception {
        install(carol);
        ActivePairs.create(stores, connector.serviceUrl(), "storm", PAIRS);
        AtomicInteger proactive = new AtomicInteger();
        connector.refuseWhen(call -> call.activityId() == null && proactive.incrementAndGet() % 10 == 0
                ? new Refusal(429, proactive.get() % 20 == 0 ? "0" : null) : null);

        ObjectNode nudge = teams.from(carol, "message-admin-match");
        nudge.put("text", "nudge");
        assertThat(teams.post(nudge).statusCode()).isEqualTo(200);
        List<Call> summary = connector.await(c -> c.conversationId().equals(carol.conversationId())
                && c.text().contains("Check-in sent to " + PAIRS + " pairs (0 could not"), 1, Duration.ofSeconds(90));

        Map<String, Long> checkInsPerChat = connector.accepted(c -> c.conversationId().startsWith(ActivePairs.chatPrefix("storm"))
                && c.text().contains("checkin.met")).stream().collect(Collectors.groupingBy(Call::conversationId, Collectors.counting()));
        assertThat(checkInsPerChat).hasSize(2 * PAIRS);
        assertThat(checkInsPerChat.values()).containsOnly(1L);
        assertThat(connector.calls()).filteredOn(c -> c.status() == 429).hasSizeGreaterThanOrEqualTo(2 * PAIRS / 10);
        assertThat(summary).as("the admin hears, within the bound, how the nudge went").hasSize(1);
    }
}
