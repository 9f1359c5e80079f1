package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.delivery.RetryPolicy;

/**
 * An activity Teams delivers again, through the endpoint in local mode. A message whose turn finds
 * the state store down is answered 503 and not taken as handled, so that its next delivery runs it,
 * once; a message that was handled runs nothing when it comes again. Uma writes from her personal
 * chat, whose reference every message stores: that is the write that fails, and what tells whether
 * a turn ran. Her answers go to a service URL that takes nothing, which the endpoint counts as
 * handled (200).
 */
class TeamsRedeliveriesTest {

    private final ObjectMapper json = TeamsJson.mapper();
    private final Conversation program = new Conversation();
    private final AddressesWithOutage addresses = new AddressesWithOutage(program.stores.addresses());
    private final TeamsAdapter teams = TeamsAdapter.create(new TeamsAdapter.Settings(Optional.empty(), MicrosoftLogin.PUBLIC_CLOUD,
            Duration.ofSeconds(3), new RetryPolicy(1, Duration.ZERO, Duration.ZERO), 1, 1), addresses);
    private final TeamsEndpoint endpoint = teams.endpoint(program.bot, new InMemorySeenEvents(Clock.systemUTC()));
    private final ParticipantId uma = new ParticipantId("teams:aad-uma");

    @AfterEach
    void close() {
        teams.close();
    }

    @Test
    void aMessageTheStoreFailedIsA503AndItsNextDeliveryRunsItOnce() {
        ObjectNode help = umaSays("m:1", "help");

        addresses.down();
        int duringOutage = post(help);
        addresses.up();

        assertThat(duringOutage).isEqualTo(503);
        assertThat(addresses.addressOf(uma)).as("nothing changed").isEmpty();
        assertThat(post(help)).as("Teams delivers the message again, the store back").isEqualTo(200);
        assertThat(addresses.addressOf(uma)).as("the turn ran").isPresent();

        addresses.forget(uma);
        assertThat(post(help)).as("and once more").isEqualTo(200);
        assertThat(addresses.addressOf(uma)).as("the handled message ran nothing").isEmpty();
    }

    @Test
    void aMessageHandledAtTheFirstTryRunsNothingWhenItComesAgain() {
        ObjectNode help = umaSays("m:2", "help");

        assertThat(post(help)).isEqualTo(200);
        addresses.forget(uma);
        assertThat(post(help)).isEqualTo(200);

        assertThat(addresses.addressOf(uma)).isEmpty();
    }

    @Test
    void anotherMessageAfterAFailedOneRunsAsUsual() {
        addresses.down();
        int duringOutage = post(umaSays("m:3", "help"));
        addresses.up();

        assertThat(duringOutage).isEqualTo(503);
        assertThat(post(umaSays("m:4", "help"))).isEqualTo(200);
        assertThat(addresses.addressOf(uma)).isPresent();
    }

    private ObjectNode umaSays(String id, String text) {
        ObjectNode activity = json.createObjectNode();
        activity.put("type", "message").put("id", id).put("text", text).put("channelId", "msteams")
                .put("serviceUrl", "http://127.0.0.1:9/");
        activity.putObject("from").put("id", "29:1uma").put("aadObjectId", "aad-uma");
        activity.putObject("recipient").put("id", "28:bot");
        activity.putObject("conversation").put("id", "a:1uma-personal-chat").put("conversationType", "personal");
        return activity;
    }

    private int post(ObjectNode activity) {
        return endpoint.handle(null, activity.toString()).status();
    }
}
