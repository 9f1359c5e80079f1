package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.app.slack.PrivateRedis;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Someone writes to the bot while Redis cannot store their personal chat: the message is answered
 * 503, nothing changes and nothing is said, and the message is not taken as seen, so that Teams'
 * next delivery of it is answered, once; a delivery after that one is handled already and says
 * nothing more. The Redis is the test's own ({@link PrivateRedis}), made to refuse the one command
 * that stores a conversation while every other one works, the marks of seen activities included.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TeamsMessageOutageIT extends TeamsEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void aMessageRedisCannotServeIsAnswered503AndTheSameActivityDeliveredAgainIsAnsweredOnce() throws Exception {
        Person mo = new Person("Mo Outage", "aad-mo-outage", "a:1mo-outage-chat");
        ObjectNode join = teams.from(mo, "message-join");

        REDIS.refuse("hset");
        int duringOutage;
        try {
            duringOutage = teams.post(join).statusCode();
        } finally {
            REDIS.allow("hset");
        }

        assertThat(duringOutage).isEqualTo(503);
        assertThat(stores.addresses().addressOf(new ParticipantId(mo.participantId()))).as("nothing changed").isEmpty();
        assertThat(callsTo(mo)).as("nothing said").isEmpty();
        assertThat(teams.post(join).statusCode()).as("Teams delivers the message again").isEqualTo(200);
        assertThat(callsTo(mo)).as("answered").hasSize(1);
        assertThat(teams.post(join).statusCode()).as("and once more").isEqualTo(200);
        assertThat(callsTo(mo)).as("answered once").hasSize(1);
        assertThat(stores.addresses().addressOf(new ParticipantId(mo.participantId()))).isPresent();
    }

    private List<Call> callsTo(Person person) {
        return connector.calls().stream().filter(c -> c.conversationId().equals(person.conversationId())).toList();
    }
}
