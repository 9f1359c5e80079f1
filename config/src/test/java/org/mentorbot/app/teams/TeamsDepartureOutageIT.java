package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.app.slack.PrivateRedis;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Someone removes the app while Redis cannot record leavers: the activity is answered 503 and
 * nothing changes (their personal chat is still known), so that Teams may deliver it again; the
 * same activity delivered once Redis serves again records the leaver and forgets the chat, and
 * one more delivery records nothing more. The Redis is the test's own ({@link PrivateRedis}),
 * made to refuse the one command that records a leaver while every other one works.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TeamsDepartureOutageIT extends TeamsEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void aRemovalRedisCannotRecordIsAnswered503AndTheSameActivityDeliveredAgainRecordsTheLeaverOnce() throws Exception {
        Person lou = new Person("Lou Outage", "aad-lou-outage", "a:1lou-outage-chat");
        ParticipantId id = new ParticipantId(lou.participantId());
        install(lou);
        join(lou);
        ObjectNode uninstall = teams.from(lou, "installation-update-remove");

        REDIS.refuse("hsetnx");
        int duringOutage;
        try {
            duringOutage = teams.post(uninstall).statusCode();
        } finally {
            REDIS.allow("hsetnx");
        }

        assertThat(duringOutage).isEqualTo(503);
        assertThat(stores.leavers().all()).isEmpty();
        assertThat(stores.addresses().addressOf(id)).as("nothing changed").isPresent();
        assertThat(teams.post(uninstall).statusCode()).as("Teams delivers the activity again").isEqualTo(200);
        assertThat(teams.post(uninstall).statusCode()).as("and once more").isEqualTo(200);
        assertThat(stores.leavers().all()).singleElement().extracting(Leaver::person).isEqualTo(id);
        assertThat(stores.addresses().addressOf(id)).isEmpty();
    }

    /** Sends the join card back filled in and waits for the welcome. */
    private void join(Person person) throws Exception {
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", "mentee").put("skillsOffered", "cobol").put("skillsWanted", "cobol")
                .put("level", "2");
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome to the mentoring program"));
    }
}
