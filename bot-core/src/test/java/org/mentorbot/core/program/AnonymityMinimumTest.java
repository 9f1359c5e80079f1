package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.testkit.Conversation;

/**
 * The organisation's anonymity minimum governs every aggregate over answers: the feedback
 * report's average and comments, the stats' "met" share and average rating, and the median days
 * to a first meeting. The same two answers are shown under a minimum of 2 and withheld under 5.
 */
class AnonymityMinimumTest {

    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");

    @Test
    void aMinimumOfTwoShowsTwoAnswers() {
        Conversation chat = twoAnswers(new Anonymity(2));

        assertThat(chat.send(admin(), "feedback report").fallback())
                .contains("Responses: 2", "Average rating: 4.5 / 5", "Ed asks great questions", "Maya explains Go well");
        assertThat(chat.send(admin(), "stats").fallback()).contains("Average rating: 4.5 / 5");
    }

    @Test
    void aMinimumOfFiveWithholdsEveryAggregateOverFewer() {
        Conversation chat = twoAnswers(new Anonymity(5));

        assertThat(chat.send(admin(), "feedback report").fallback())
                .contains("Responses: 2", "Average rating: withheld (fewer than 5 answers)", "at least 5", "2 so far")
                .doesNotContain("great questions", "Go well");
        assertThat(chat.send(admin(), "stats").fallback())
                .contains("Average rating: withheld (fewer than 5 answers)", "Median days to first meeting: withheld (fewer than 5 pairs)");
    }

    @Test
    void theMinimumIsAtLeastOne() {
        assertThatThrownBy(() -> new Anonymity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Anonymity.DEFAULT.minimum()).isEqualTo(3);
    }

    private Conversation twoAnswers(Anonymity anonymity) {
        Conversation chat = new Conversation(anonymity);
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.send(admin(), "match");
        chat.send(admin(), "poll");
        rate(chat, ed, "5", "Maya explains Go well");
        rate(chat, maya, "4", "Ed asks great questions");
        return chat;
    }

    private static void rate(Conversation chat, Actor who, String rating, String comment) {
        Reply form = chat.press(who, "Give feedback", chat.last(who, Message.Kind.POLL));
        chat.submit(who, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(), Map.of("rating", rating, "comment", comment));
    }
}
