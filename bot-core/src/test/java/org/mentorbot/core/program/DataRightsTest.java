package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.admin.ProgramStats;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.Goal;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.testkit.Conversation;

/**
 * A person's rights over their data, as they and their partner live them: {@code export} gives
 * them everything held about them, derived numbers and stored address included; {@code delete me}
 * removes them, while their partner keeps the pairing, their own answers, notes and journey, with
 * an anonymous placeholder where the erased person was.
 */
class DataRightsTest {

    static final String TEAMS_ADDRESS = "{\"conversation\":{\"id\":\"a:1CONVERSATION-OF-EDMUND\"},\"user\":{\"aadObjectId\":\"UED\"}}";

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya Lopez");
    final Actor ed = person("UED", "Edmund Gray");

    @BeforeEach
    void paired() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6", "department", "Engineering"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2", "department", "Sales"));
        assertThat(chat.send(admin(), "match").fallback()).contains("1 new pair");
    }

    @Test
    void exportHoldsTheDerivedDataOfEachPairingTheUnansweredPollsAndTheStoredAddress() {
        chat.stores.addresses().remember(ed.id(), TEAMS_ADDRESS);
        chat.advance(Duration.ofDays(7));
        chat.send(admin(), "nudge");
        chat.press(ed, "Not yet", chat.last(ed, Message.Kind.CHECK_IN));
        chat.send(admin(), "poll");
        Pairing pairing = chat.stores.pairings().all().get(0);

        String json = exportOf(ed);

        assertThat(json).contains(
                "\"score\": " + pairing.score(),
                "\"matchReasons\": [\"", "Both work on go",
                "\"cadence\": \"" + pairing.cadence() + "\"",
                "\"nextCheckInAt\": \"" + pairing.nextCheckInAt() + "\"",
                "\"feedbackDueAt\": ",
                "\"milestoneDueAt\": \"" + pairing.milestoneDueAt() + "\"",
                "\"notYetStreak\": 1",
                "\"stalled\": false",
                "\"unansweredPolls\": [{",
                "\"poll\": \"" + chat.stores.feedback().polls().get(0).id().value() + "\"",
                "\"platform\": \"slack\"", "\"userId\": \"UED\"",
                "\"stored\": \"{\\\"conversation\\\":{\\\"id\\\":\\\"a:1CONVERSATION-OF-EDMUND\\\"}");
        assertThat(pairing.score()).isPositive();
        assertThat(pairing.notYetStreak()).isEqualTo(1);
    }

    @Test
    void aPersonKnownOnlyByTheirAddressCanExportAndEraseIt() {
        Actor stranger = person("USTRANGER", "Stranger");
        chat.stores.addresses().remember(stranger.id(), TEAMS_ADDRESS);

        assertThat(exportOf(stranger)).contains("\"stored\": ");
        assertThat(chat.confirm(stranger, "delete me").fallback()).contains("erased");
        assertThat(chat.stores.addresses().addressOf(stranger.id())).isEmpty();
        assertThat(chat.send(stranger, "export").fallback()).contains("holds no data about you");
    }

    @Test
    void deleteMeRemovesThePersonAndLeavesThePartnerTheirHistoryWithoutThem() {
        chat.stores.addresses().remember(ed.id(), TEAMS_ADDRESS);
        Reply goals = chat.send(ed, "goals");
        chat.submit(ed, ActionIds.FORM_GOALS, goals.form().orElseThrow().context(),
                Map.of("goal1", "Lead a design review", "by1", "June", "goal2", "Coach Edmund on Go", "by2", ""));
        chat.advance(Duration.ofDays(7));
        chat.send(admin(), "nudge");
        chat.press(ed, "We met", chat.last(ed, Message.Kind.CHECK_IN));
        logMeeting(ed, "ED-PRIVATE-NOTE about my manager");
        chat.advance(Duration.ofDays(14));
        chat.send(admin(), "nudge");
        chat.press(maya, "Not yet", chat.last(maya, Message.Kind.CHECK_IN));
        logMeeting(maya, "Edmund asked about his promotion; told Gray to ask slack:UED's manager");
        chat.send(admin(), "poll");
        rate(ed, "2", "ED-COMMENT");
        rate(maya, "5", "MAYA-COMMENT");
        chat.send(ed, "thanks for the ED-THANKS");
        ProgramStats before = chat.program.stats().stats();

        assertThat(chat.confirm(ed, "delete me").fallback()).contains("erased");

        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Edmund Gray has left");
        Pairing kept = chat.stores.pairings().all().get(0);
        ParticipantId placeholder = kept.mentee();
        assertThat(placeholder.platform()).isEqualTo("erased");
        assertThat(kept.mentor()).isEqualTo(maya.id());
        assertThat(kept.status()).isEqualTo(PairingStatus.ENDED);
        assertThat(kept.ending().reason()).isEqualTo("deleted");
        assertThat(kept.ending().by()).isEqualTo(placeholder);
        assertThat(kept.reasons()).as("read from both profiles").isEmpty();

        ProgramStats after = chat.program.stats().stats();
        assertThat(after.checkInsSent()).isEqualTo(before.checkInsSent()).isEqualTo(2);
        assertThat(after.checkInsAnswered()).isEqualTo(before.checkInsAnswered()).isEqualTo(2);
        assertThat(after.metAnswers()).isEqualTo(before.metAnswers()).isEqualTo(1);
        assertThat(after.pollsSent()).isEqualTo(1);
        assertThat(after.feedbackResponses()).as("the partner's answer only").isEqualTo(1);
        assertThat(after.ratingTotal()).isEqualTo(5);
        assertThat(chat.stores.checkIns().all()).extracting(c -> c.answer().by())
                .containsExactlyInAnyOrder(placeholder, maya.id());

        Journey journey = chat.stores.journeys().of(kept.id());
        assertThat(journey.goals()).extracting(Goal::what).containsExactly("Lead a design review", "Coach someone on Go");
        assertThat(journey.goals()).extracting(Goal::author).containsOnly(placeholder);
        assertThat(journey.meetings()).extracting(Meeting::loggedBy).containsExactly(placeholder, maya.id());
        assertThat(journey.meetings()).extracting(Meeting::notes)
                .containsExactly("", "someone asked about his promotion; told someone to ask someone's manager");

        String mayas = exportOf(maya);
        assertThat(mayas).contains("MAYA-COMMENT", "asked about his promotion", "Lead a design review", placeholder.value(),
                "\"reason\": \"deleted\"");
        assertThat(mayas).doesNotContain("UED", "Edmund", "Gray", "ED-PRIVATE-NOTE", "ED-COMMENT", "ED-THANKS", "Sales");
        assertThat(chat.send(ed, "export").fallback()).contains("holds no data about you");
        assertThat(chat.stores.participants().find(ed.id())).isEmpty();
        assertThat(chat.stores.addresses().addressOf(ed.id())).isEmpty();
        assertThat(chat.stores.pairings().of(ed.id())).isEmpty();
        assertThat(chat.stores.feedback().responses()).noneMatch(r -> r.by().equals(ed.id()));
    }

    @Test
    void theErasedPersonsPartnerCanBeMatchedAgainAndTheAnonymousPairingBlocksNobody() {
        chat.confirm(ed, "delete me");
        Actor lin = person("ULIN", "Lin");
        chat.join(lin, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));

        assertThat(chat.send(admin(), "match").fallback()).contains("1 new pair");
        assertThat(chat.stores.pairings().all()).extracting(Pairing::status)
                .containsExactlyInAnyOrder(PairingStatus.ENDED, PairingStatus.ACTIVE);
    }

    private void logMeeting(Actor who, String notes) {
        String context = chat.send(who, "log").form().orElseThrow().context();
        String today = LocalDate.ofInstant(chat.clock.instant(), ZoneOffset.UTC).toString();
        assertThat(chat.submit(who, ActionIds.FORM_MEETING, context, Map.of("date", today, "minutes", "45", "notes", notes))
                .fallback()).contains("Meeting logged");
    }

    private void rate(Actor who, String rating, String comment) {
        Reply form = chat.press(who, "Give feedback", chat.last(who, Message.Kind.POLL));
        chat.submit(who, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(), Map.of("rating", rating, "comment", comment));
    }

    private String exportOf(Actor who) {
        return chat.send(who, "export").blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no export file for " + who.displayName())).content();
    }
}
