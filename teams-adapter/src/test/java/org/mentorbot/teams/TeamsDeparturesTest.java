package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;
import org.mentorbot.core.testkit.LeaversWithOutage;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.delivery.RetryPolicy;

/**
 * Who Teams says left, through the endpoint in local mode: the app removed from someone's personal
 * scope, or people removed from a conversation with the bot. An app upgrade, the bot's own removal,
 * someone the bot does not know and a member it cannot name record nothing and are answered 200.
 * A departure the store cannot record is answered 503 with nothing recorded, and Teams' next
 * delivery of the same activity records it, once. Removing the app forgets the person's personal
 * conversation, which the bot can no longer write to.
 */
class TeamsDeparturesTest {

    private static final String BOT = "28:bot";
    private static final AtomicLong IDS = new AtomicLong();

    private final ObjectMapper json = TeamsJson.mapper();
    private final LeaversWithOutage leavers = new LeaversWithOutage();
    private final Conversation program = new Conversation(leavers.in(Stores.inMemory()), ProgramSettings.defaults());
    private final TeamsAdapter teams = TeamsAdapter.create(new TeamsAdapter.Settings(Optional.empty(), MicrosoftLogin.PUBLIC_CLOUD,
            Duration.ofSeconds(3), RetryPolicy.TEAMS_DEFAULT, 1, 1), program.stores.addresses());
    private final TeamsEndpoint endpoint = teams.endpoint(program.bot, new InMemorySeenEvents(Clock.systemUTC()));
    private final ParticipantId uma = new ParticipantId("teams:aad-uma");

    @AfterEach
    void close() {
        teams.close();
    }

    @Test
    void removingTheAppFromTheirPersonalScopeMakesAParticipantALeaverOnce() {
        umaJoins();

        assertThat(post(uninstall("remove", "personal"))).isEqualTo(200);
        assertThat(post(uninstall("remove", "personal"))).as("told again, with a new activity id").isEqualTo(200);

        assertThat(program.stores.leavers().all()).singleElement().extracting(Leaver::person).isEqualTo(uma);
    }

    @Test
    void aRemovalDuringAnOutageIsAnsweredWithATryAgainAndTheSameActivityDeliveredAgainRecordsItOnce() {
        umaJoins();
        program.stores.addresses().remember(uma, "uma's personal conversation");
        ObjectNode uninstall = uninstall("remove", "personal");

        leavers.down();
        int duringOutage = post(uninstall);
        leavers.up();

        assertThat(duringOutage).isEqualTo(503);
        assertThat(leavers.all()).isEmpty();
        assertThat(program.stores.addresses().addressOf(uma)).as("nothing changed").isPresent();
        assertThat(post(uninstall)).as("Teams delivers the activity again, the store back").isEqualTo(200);
        assertThat(post(uninstall)).as("and once more").isEqualTo(200);
        assertThat(leavers.all()).singleElement().extracting(Leaver::person).isEqualTo(uma);
        assertThat(program.stores.addresses().addressOf(uma)).isEmpty();
    }

    @Test
    void aMemberRemovedDuringAnOutageIsRecordedOnceWhenTheActivityComesAgain() {
        umaJoins();
        ObjectNode update = activity("conversationUpdate", "groupChat");
        update.putArray("membersRemoved").addObject().put("id", "29:1uma").put("aadObjectId", "aad-uma");

        leavers.down();
        int duringOutage = post(update);
        leavers.up();

        assertThat(duringOutage).isEqualTo(503);
        assertThat(post(update)).isEqualTo(200);
        assertThat(post(update)).isEqualTo(200);
        assertThat(leavers.all()).singleElement().extracting(Leaver::person).isEqualTo(uma);
    }

    @Test
    void removingTheAppForgetsTheirPersonalConversationEvenForSomeoneInNoProgram() {
        ParticipantId stranger = new ParticipantId("teams:aad-stranger");
        program.stores.addresses().remember(uma, "uma's personal conversation");
        program.stores.addresses().remember(stranger, "the stranger's personal conversation");
        ObjectNode strangerUninstalls = uninstall("remove", "personal");
        strangerUninstalls.putObject("from").put("id", "29:1stranger").put("aadObjectId", "aad-stranger");

        assertThat(post(uninstall("remove", "personal"))).isEqualTo(200);
        assertThat(post(strangerUninstalls)).isEqualTo(200);

        assertThat(program.stores.addresses().addressOf(uma)).isEmpty();
        assertThat(program.stores.addresses().addressOf(stranger)).isEmpty();
    }

    @ParameterizedTest(name = "action \"{0}\"")
    @ValueSource(strings = {"remove-upgrade", "", "uninstall"})
    void anyOtherInstallationChangeRecordsNothing(String action) {
        umaJoins();

        program.stores.addresses().remember(uma, "uma's personal conversation");

        assertThat(post(uninstall(action, "personal"))).isEqualTo(200);

        assertThat(program.stores.leavers().all()).isEmpty();
        assertThat(program.stores.addresses().addressOf(uma)).as("the app is still theirs").isPresent();
    }

    @Test
    void removingTheAppFromATeamIsNoOnesDeparture() {
        umaJoins();
        program.stores.addresses().remember(uma, "uma's personal conversation");

        assertThat(post(uninstall("remove", "channel"))).isEqualTo(200);

        assertThat(program.stores.leavers().all()).isEmpty();
        assertThat(program.stores.addresses().addressOf(uma)).isPresent();
    }

    @Test
    void aMemberRemovedFromAConversationWithTheBotIsALeaverButTheBotItselfIsNot() {
        umaJoins();
        ObjectNode update = activity("conversationUpdate", "groupChat");
        ArrayNode removed = update.putArray("membersRemoved");
        removed.addObject().put("id", BOT);
        removed.addObject().put("id", "29:1uma").put("aadObjectId", "aad-uma");
        removed.addNull();

        assertThat(post(update)).isEqualTo(200);

        assertThat(program.stores.leavers().all()).singleElement().extracting(Leaver::person).isEqualTo(uma);
    }

    @Test
    void aMemberWithoutAnAadObjectIdIsNamedByTheirId() {
        program.join(Actor.of(new ParticipantId("teams:29:1emu"), "Emu"),
                Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        ObjectNode update = activity("conversationUpdate", "personal");
        update.putArray("membersRemoved").addObject().put("id", "29:1emu");

        assertThat(post(update)).isEqualTo(200);

        assertThat(program.stores.leavers().all()).extracting(Leaver::person).containsExactly(new ParticipantId("teams:29:1emu"));
    }

    @Test
    void someoneUnknownOrUnnamableRecordsNothingAndIsAnsweredOk() {
        umaJoins();
        ObjectNode update = activity("conversationUpdate", "groupChat");
        ArrayNode removed = update.putArray("membersRemoved");
        removed.addObject().put("id", "29:1stranger").put("aadObjectId", "aad-stranger");
        removed.addObject().put("id", "29:1x").put("aadObjectId", "has a space");
        removed.addObject().put("id", "29:1y").put("aadObjectId", "a".repeat(195));
        removed.addObject().put("name", "no id at all");

        assertThat(post(update)).isEqualTo(200);

        assertThat(program.stores.leavers().all()).isEmpty();
    }

    @Test
    void anUninstallWithoutASenderIsABadRequest() {
        ObjectNode uninstall = uninstall("remove", "personal");
        uninstall.remove("from");

        assertThat(post(uninstall)).isEqualTo(400);
        assertThat(program.stores.leavers().all()).isEmpty();
    }

    private void umaJoins() {
        program.join(Actor.of(uma, "Uma"), Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
    }

    private ObjectNode uninstall(String action, String conversationType) {
        ObjectNode activity = activity("installationUpdate", conversationType);
        activity.put("action", action);
        activity.putObject("from").put("id", "29:1uma").put("aadObjectId", "aad-uma");
        return activity;
    }

    private ObjectNode activity(String type, String conversationType) {
        ObjectNode activity = json.createObjectNode();
        activity.put("type", type).put("id", "f:" + IDS.incrementAndGet()).put("channelId", "msteams")
                .put("serviceUrl", "http://127.0.0.1:9/");
        activity.putObject("from").put("id", "29:1someone").put("aadObjectId", "aad-someone");
        activity.putObject("recipient").put("id", BOT);
        activity.putObject("conversation").put("id", "a:1conversation").put("conversationType", conversationType);
        return activity;
    }

    private int post(ObjectNode activity) {
        return endpoint.handle(null, activity.toString()).status();
    }
}
