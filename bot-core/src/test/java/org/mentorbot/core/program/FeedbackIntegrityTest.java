package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.Visibility;
import org.mentorbot.core.testkit.Conversation;

/**
 * Feedback that can be trusted: one answer per person per poll period however often they ask,
 * polls people open themselves are not counted as sent, and comments reach the admins without
 * names once there are enough of them that none can be traced to a person.
 */
class FeedbackIntegrityTest {

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor rui = person("URUI", "Rui");
    final Actor lin = person("ULIN", "Lin");

    @BeforeEach
    void twoPairs() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.join(rui, Map.of("role", "mentor", "skillsOffered", "rust", "capacity", "1", "level", "6"));
        chat.join(lin, Map.of("role", "mentee", "skillsWanted", "rust", "level", "2"));
        chat.send(admin(), "match");
    }

    @Test
    void askingForFeedbackAgainFindsTheSamePollAndCountsOneAnswer() {
        assertThat(rate(ed, chat.send(ed, "feedback"), "1", "")).contains("Thank you", "1 of 5");

        for (int again = 0; again < 4; again++) {
            Reply asked = chat.send(ed, "feedback");
            assertThat(asked.form()).as("no second form in the same poll period").isEmpty();
            assertThat(asked.fallback()).contains("already gave feedback");
        }
        Reply partner = chat.send(maya, "feedback");
        assertThat(partner.form()).as("the partner answers the same poll").isPresent();
        assertThat(rate(maya, partner, "4", "")).contains("Thank you");

        assertThat(chat.send(admin(), "stats").fallback()).contains("Feedback polls sent: 0", "Feedback responses: 2");
        assertThat(chat.stores.feedback().polls()).hasSize(1);
    }

    @Test
    void aPollTheProgramSendsTakesOverAPollAskedForSoWhoAnsweredIsNotAskedAgain() {
        rate(ed, chat.send(ed, "feedback"), "5", "");

        assertThat(chat.send(admin(), "poll").fallback()).contains("Feedback poll sent to 2 pairs");

        assertThat(chat.inbox(ed)).as("Ed answered this period already").noneMatch(m -> m.kind() == Message.Kind.POLL);
        assertThat(chat.inbox(maya)).filteredOn(m -> m.kind() == Message.Kind.POLL).singleElement()
                .satisfies(m -> assertThat(m.to()).as("a poll is personal").containsExactly(maya.id()));
        assertThat(chat.send(admin(), "stats").fallback()).contains("Feedback polls sent: 2");

        chat.send(admin(), "poll");
        Reply nextPeriod = chat.press(ed, "Give feedback", chat.last(ed, Message.Kind.POLL));
        assertThat(rate(ed, nextPeriod, "4", "")).as("a new poll is a new period").contains("Thank you");
        assertThat(chat.send(admin(), "stats").fallback()).contains("Feedback polls sent: 4", "Feedback responses: 2");
    }

    @Test
    void anAnsweredPollLosesItsButtonAndAPressLaterSaysItWasAnswered() {
        chat.send(admin(), "poll");
        Reply poll = chat.last(ed, Message.Kind.POLL);

        Reply form = chat.press(ed, "Give feedback", poll);
        assertThat(form.form()).isPresent();
        assertThat(form.replacesOriginal()).as("the form takes the poll's place where the platform can").isTrue();
        Reply thanks = chat.submit(ed, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(), Map.of("rating", "5"));
        assertThat(thanks.replacesOriginal()).isTrue();
        assertThat(thanks.blocks()).noneMatch(Block.Actions.class::isInstance);

        Reply late = chat.press(ed, "Give feedback", poll);
        assertThat(late.fallback()).contains("already answered");
        assertThat(late.replacesOriginal()).isTrue();
        assertThat(late.blocks()).noneMatch(Block.Actions.class::isInstance);
    }

    @Test
    void commentsReachTheAdminsWithoutNamesOnceThreeExist() {
        chat.send(admin(), "poll");
        rate(ed, chat.press(ed, "Give feedback", chat.last(ed, Message.Kind.POLL)), "5", "Maya explains Go channels so well");
        rate(maya, chat.press(maya, "Give feedback", chat.last(maya, Message.Kind.POLL)), "4", "Ed asks great questions");

        Reply early = chat.send(admin(), "feedback report");
        assertThat(early.fallback()).contains("Responses: 2", "Average rating: withheld", "at least 3", "2 so far")
                .doesNotContain("Go channels", "great questions");

        rate(lin, chat.press(lin, "Give feedback", chat.last(lin, Message.Kind.POLL)), "3", "An agenda would help");
        rate(rui, chat.press(rui, "Give feedback", chat.last(rui, Message.Kind.POLL)), "4", "");

        Reply report = chat.send(admin(), "feedback report");
        assertThat(report.visibility()).as("comments are for the admin who asks, not a channel").isEqualTo(Visibility.PRIVATE);
        assertThat(report.fallback()).contains("Responses: 4", "Average rating: 4.0 / 5", "in no particular order and without names",
                "An agenda would help", "Ed asks great questions", "Maya explains Go channels so well")
                .doesNotContain("UED", "UMAYA", "ULIN");
        assertThat(report.fallback().indexOf("An agenda")).as("sorted, not in the order they came")
                .isLessThan(report.fallback().indexOf("Ed asks"));
        assertThat(chat.send(ed, "feedback report").fallback()).contains("Only program admins can do that");
    }

    private String rate(Actor who, Reply form, String rating, String comment) {
        assertThat(form.form()).as("%s gets the feedback form", who.displayName()).isPresent();
        return chat.submit(who, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(),
                Map.of("rating", rating, "comment", comment)).fallback();
    }
}
