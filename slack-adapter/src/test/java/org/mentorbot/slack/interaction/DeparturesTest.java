package org.mentorbot.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.events.payload.UserChangePayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.core.testkit.LeaversWithOutage;
import org.mentorbot.slack.render.SlackCopy;

/**
 * A deactivated account told while the leavers cannot be recorded: answered 503, so that Slack
 * delivers the event again, with nothing recorded; Slack's redelivery once the store is back
 * records the leaver, and any redelivery after that records nothing more.
 */
class DeparturesTest {

    private static final ParticipantId LOU = new ParticipantId("slack:ULOU");

    private final LeaversWithOutage leavers = new LeaversWithOutage();
    private final Conversation program = new Conversation(leavers.in(Stores.inMemory()), ProgramSettings.defaults());
    private final RefusedWork refused = new RefusedWork();
    private final FailSafe failSafe = new FailSafe(SlackCopy.english(), refused);
    private final Departures departures = new Departures(program.bot);
    private final String deactivated = fixture("slack/user-change-deactivated.json");

    @Test
    void aDepartureDuringAnOutageIsAskedAgainAndRecordedOnceWhenSlackDeliversItAgain() throws Exception {
        program.join(Conversation.person("ULOU", "Lou"), Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));

        leavers.down();
        Response duringOutage = deliver();
        leavers.up();

        assertThat(duringOutage.getStatusCode()).as("Slack delivers again what was not answered 2xx").isEqualTo(503);
        assertThat(refused.count(RefusedWork.Reason.STORE_DOWN)).isEqualTo(1);
        assertThat(leavers.all()).isEmpty();

        assertThat(deliver().getStatusCode()).as("Slack's redelivery, the store back").isEqualTo(200);
        assertThat(deliver().getStatusCode()).as("and one more").isEqualTo(200);

        assertThat(leavers.all()).singleElement().satisfies(leaver -> {
            assertThat(leaver.person()).isEqualTo(LOU);
            assertThat(leaver.role()).isEqualTo(Role.MENTEE);
        });
    }

    @Test
    void aProfileChangeThatIsNoDeactivationTouchesNoStore() throws Exception {
        leavers.down();

        Response changed = failSafe.apply(request(), Response.ok(), request -> departures.apply(
                payload(deactivated.replace("\"deleted\": true", "\"deleted\": false")), new EventContext()));

        assertThat(changed.getStatusCode()).isEqualTo(200);
        assertThat(refused.count(RefusedWork.Reason.STORE_DOWN)).isZero();
    }

    /** The event as Bolt hands it over, behind the adapter's outer edge. */
    private Response deliver() throws Exception {
        return failSafe.apply(request(), Response.ok(), request -> departures.apply(payload(deactivated), new EventContext()));
    }

    private EventRequest request() {
        return new EventRequest(deactivated, new RequestHeaders(Map.of()));
    }

    private static UserChangePayload payload(String body) {
        return GsonFactory.createSnakeCase().fromJson(body, UserChangePayload.class);
    }

    private static String fixture(String name) {
        try (InputStream in = DeparturesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
