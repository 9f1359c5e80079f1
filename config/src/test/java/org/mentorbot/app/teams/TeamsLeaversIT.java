package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;

/**
 * Teams' word that someone left, over HTTP: a participant who removes the app from their personal
 * scope, or who is removed from a team the bot is in, is a leaver, once however often Teams says
 * so, and the admin's {@code report} counts them. Removing the app forgets the person's personal
 * chat; installing it again brings a new one. An app upgrade, the bot's own removal and
 * someone the bot does not know record nothing; a removal that is not even well-formed is a 400.
 */
class TeamsLeaversIT extends TeamsEndToEnd {

    @BeforeAll
    void installAdmin() throws Exception {
        install(carol);
    }

    @Test
    void removingTheAppMakesAParticipantALeaverOnceAndTheReportCountsThem() throws Exception {
        Person lou = new Person("Lou Leaver", "aad-lou-leaver", "a:1lou-personal-chat");
        install(lou);
        join(lou, "mentee");

        assertThat(teams.post(teams.from(lou, "installation-update-remove")).statusCode()).isEqualTo(200);
        assertThat(teams.post(teams.from(lou, "installation-update-remove")).statusCode())
                .as("Teams says it again, as a new activity").isEqualTo(200);

        assertThat(leaversNamed(lou)).singleElement().extracting(Leaver::role).isEqualTo(Role.MENTEE);
        send(carol, "message-admin-match", "report");
        Call report = awaitOne(carol, c -> c.text().contains("Report on") && c.text().contains("Left the organisation"));
        assertThat(report.text()).containsPattern("Left the organisation: [1-9][0-9]* of [1-9][0-9]* participants");
    }

    @Test
    void removingTheAppForgetsTheirPersonalChatAndInstallingItAgainBringsItBack() throws Exception {
        Person ria = new Person("Ria Reinstall", "aad-ria-reinstall", "a:1ria-personal-chat");
        ParticipantId id = new ParticipantId(ria.participantId());
        install(ria);
        assertThat(stores.addresses().addressOf(id)).isPresent();

        assertThat(teams.post(teams.from(ria, "installation-update-remove")).statusCode()).isEqualTo(200);
        assertThat(stores.addresses().addressOf(id)).as("the bot can no longer write there").isEmpty();

        install(ria);
        assertThat(stores.addresses().addressOf(id)).hasValueSatisfying(address -> assertThat(address).contains(ria.conversationId()));
    }

    @Test
    void anAppUpgradeIsNoDeparture() throws Exception {
        Person uma = new Person("Uma Upgrade", "aad-uma-upgrade", "a:1uma-personal-chat");
        join(uma, "mentee");
        ObjectNode upgrade = teams.from(uma, "installation-update-remove");
        upgrade.put("action", "remove-upgrade");

        assertThat(teams.post(upgrade).statusCode()).isEqualTo(200);

        assertThat(leaversNamed(uma)).isEmpty();
    }

    @Test
    void someoneRemovedFromATeamWithTheBotIsALeaverButTheBotRemovedIsNot() throws Exception {
        Person max = new Person("Max Moved", "aad-max-moved", "a:1max-personal-chat");
        join(max, "mentor");
        ObjectNode botRemoved = teams.from(carol, "conversation-update-member-removed");
        botRemoved.putArray("membersRemoved").addObject().put("id", botRemoved.path("recipient").path("id").asText());
        ObjectNode maxRemoved = teams.from(carol, "conversation-update-member-removed");
        maxRemoved.putArray("membersRemoved").addObject().put("id", "29:1" + max.aadObjectId()).put("aadObjectId", max.aadObjectId());

        assertThat(teams.post(botRemoved).statusCode()).isEqualTo(200);
        assertThat(leaversNamed(carol)).isEmpty();
        assertThat(teams.post(maxRemoved).statusCode()).isEqualTo(200);
        assertThat(teams.post(maxRemoved.put("id", maxRemoved.path("id").asText() + "-again")).statusCode()).isEqualTo(200);

        assertThat(leaversNamed(max)).singleElement().extracting(Leaver::role).isEqualTo(Role.MENTOR);
    }

    @Test
    void someoneTheBotDoesNotKnowRecordsNothing() throws Exception {
        Person stranger = new Person("Stranger", "aad-stranger", "a:1stranger-personal-chat");
        int before = stores.leavers().all().size();

        assertThat(teams.post(teams.from(stranger, "installation-update-remove")).statusCode()).isEqualTo(200);

        assertThat(stores.leavers().all()).hasSize(before);
    }

    @Test
    void aMalformedRemovalIsABadRequestAndRecordsNothing() throws Exception {
        Person nia = new Person("Nia", "aad-nia-malformed", "a:1nia-personal-chat");
        join(nia, "mentee");
        ObjectNode notAList = teams.from(carol, "conversation-update-member-removed");
        notAList.put("membersRemoved", nia.aadObjectId());
        ObjectNode noSender = teams.from(nia, "installation-update-remove");
        noSender.remove("from");

        assertThat(teams.post(notAList).statusCode()).isEqualTo(400);
        assertThat(teams.post(noSender).statusCode()).isEqualTo(400);

        assertThat(leaversNamed(nia)).isEmpty();
    }

    private List<Leaver> leaversNamed(Person person) {
        ParticipantId id = new ParticipantId(person.participantId());
        return stores.leavers().all().stream().filter(l -> l.person().equals(id)).toList();
    }

    /** Sends the join card back filled in and waits for the welcome. */
    private void join(Person person, String role) throws Exception {
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", role).put("skillsOffered", "cobol").put("skillsWanted", "cobol")
                .put("level", role.equals("mentor") ? "6" : "2");
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome to the mentoring program"));
    }
}
