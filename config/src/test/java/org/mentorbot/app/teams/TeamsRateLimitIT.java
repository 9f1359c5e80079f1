package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.FakeBotConnector.Refusal;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.enrollment.Cadence;
import org.mentorbot.core.enrollment.Participant;
import org.mentorbot.core.enrollment.ParticipantStatus;
import org.mentorbot.core.enrollment.Profile;
import org.mentorbot.core.enrollment.Role;
import org.mentorbot.core.matching.Pairing;
import org.mentorbot.core.matching.PairingStatus;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A 429 storm: an admin nudges 500 pairs (1,000 proactive check-ins, each to its own chat)
 * while the Bot Connector refuses every tenth call with 429, half of them with a Retry-After.
 * Every check-in must arrive exactly once. Backoff is shortened by configuration so that
 * the storm passes in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.local=true",
        "mentorbot.admins=teams:aad-carol",
        "mentorbot.program.working-hours-only=false",
        "mentorbot.teams.sending.base-backoff=PT0.005S",
        "mentorbot.teams.sending.max-wait=PT0.1S",
        "mentorbot.teams.sending.max-attempts=8"})
@DirtiesContext
class TeamsRateLimitIT {

    private static final int PAIRS = 500;
    private static final FakeBotConnector connector = FakeBotConnector.start();

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @AfterAll
    static void stopConnector() {
        connector.close();
    }

    @Test
    void everyNudgeArrivesExactlyOnceThroughA429Storm() throws Exception {
        TeamsTraffic teams = new TeamsTraffic(port, connector.serviceUrl());
        Person carol = new Person("Carol Admin", "aad-carol", "a:1carol-personal-chat");
        assertThat(teams.post(teams.from(carol, "conversation-update-install")).statusCode()).isEqualTo(200);
        enrolPairs(connector.serviceUrl());
        AtomicInteger proactive = new AtomicInteger();
        connector.refuseWhen(call -> call.activityId() == null && proactive.incrementAndGet() % 10 == 0
                ? new Refusal(429, proactive.get() % 20 == 0 ? "0" : null) : null);

        Instant start = Instant.now();
        ObjectNode nudge = teams.from(carol, "message-admin-match");
        nudge.put("text", "nudge");
        assertThat(teams.post(nudge).statusCode()).isEqualTo(200);
        Duration took = Duration.between(start, Instant.now());

        Map<String, Long> checkInsPerChat = connector.accepted(c -> c.conversationId().startsWith("a:storm-")
                && c.text().contains("checkin.met")).stream().collect(Collectors.groupingBy(Call::conversationId, Collectors.counting()));
        assertThat(checkInsPerChat).hasSize(2 * PAIRS);
        assertThat(checkInsPerChat.values()).containsOnly(1L);
        assertThat(connector.calls()).filteredOn(c -> c.status() == 429).hasSizeGreaterThanOrEqualTo(2 * PAIRS / 10);
        assertThat(connector.acceptedIn(carol.conversationId())).anyMatch(c -> c.text().contains("Check-in sent to " + PAIRS + " pairs (0 could not"));
        assertThat(took).as("the storm is bounded in time").isLessThan(Duration.ofSeconds(90));
    }

    private void enrolPairs(String serviceUrl) {
        ObjectMapper json = new ObjectMapper();
        Instant now = Instant.now();
        for (int i = 0; i < PAIRS; i++) {
            ParticipantId mentor = enrol("mentor-" + i, Role.MENTOR, now);
            ParticipantId mentee = enrol("mentee-" + i, Role.MENTEE, now);
            remember(json, mentor, serviceUrl);
            remember(json, mentee, serviceUrl);
            stores.pairings().create(new Pairing(new PairId("storm-pair-" + i), mentor, mentee, PairingStatus.ACTIVE, now, 1,
                    List.of(), Duration.ofDays(14), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(30)), 0, false, null), 1);
        }
    }

    private ParticipantId enrol(String name, Role role, Instant now) {
        ParticipantId id = ParticipantId.of("teams", "aad-" + name);
        Profile profile = new Profile(name, role, List.of("java"), List.of("java"), "", "", 3, ZoneId.of("UTC"), List.of("en"),
                role == Role.MENTOR ? 1 : 0, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, now));
        return id;
    }

    /** The conversation reference Teams would have given at install, as the bot stores it. */
    private void remember(ObjectMapper json, ParticipantId person, String serviceUrl) {
        ObjectNode reference = json.createObjectNode();
        reference.put("channelId", "msteams").put("serviceUrl", serviceUrl);
        reference.putObject("conversation").put("id", "a:storm-" + person.userId()).put("conversationType", "personal");
        reference.putObject("user").put("id", "29:1" + person.userId()).put("aadObjectId", person.userId());
        reference.putObject("bot").put("id", "28:00000000-0000-0000-0000-00000000b07").put("name", "Mentorbot");
        stores.addresses().remember(person, reference.toString());
    }
}
