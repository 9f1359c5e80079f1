package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.Visibility;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.testkit.Conversation;

/** A whole program, from enrollment to a mentor leaving, as the people in it experience it. */
class ProgramJourneyTest {

    final Conversation chat = new Conversation();

    final Actor maya = person("UMAYA", "Maya");
    final Actor rui = person("URUI", "Rui");
    final Actor sam = person("USAM", "Sam");
    final Actor ed = person("UED", "Ed");
    final Actor lin = person("ULIN", "Lin");
    final Actor ola = person("UOLA", "Ola");
    final Actor kim = person("UKIM", "Kim");

    @Test
    void aProgramFromEnrollmentToAMentorLeaving() {
        enrolEveryone();

        Reply preview = chat.send(admin(), "match preview");
        assertThat(preview.fallback()).contains("4 pairs, 0 waiting", "Rui → Ed", "Sam → Kim");
        assertThat(chat.messenger.all()).as("a preview sends nothing").isEmpty();

        Reply round = chat.send(admin(), "match");
        assertThat(round.fallback()).contains("4 new pairs introduced, 0 mentees waiting");
        Reply intro = chat.last(ed, Message.Kind.INTRODUCTION);
        assertThat(chat.inbox(rui)).containsExactlyElementsOf(chat.inbox(ed));
        assertThat(intro.fallback()).contains("Rui will mentor Ed", "Why you were matched", "rust", "Conversation starters");

        checkInRoundOne();
        checkInUntilLinStalls();
        feedbackFromThreePeople();

        Reply stats = chat.send(admin(), "stats");
        assertThat(stats.visibility()).isEqualTo(Visibility.CHANNEL);
        assertThat(stats.fallback()).contains(
                "Mentors: 3", "Mentees: 4", "Active pairs: 4", "Mentees waiting for a match: 0",
                "Check-ins sent: 12", "Check-ins answered: 6", "Answers that say the pair met: 17%",
                "Stalled pairs: 1", "Help requests: 1", "Feedback responses: 3", "Average rating: 4.0 / 5");

        assertThat(chat.confirm(rui, "leave").fallback()).contains("You've left");
        assertThat(chat.last(ed, Message.Kind.NOTICE).fallback()).contains("Rui has left", "back in the pool");
        assertThat(chat.send(admin(), "stats").fallback()).contains(
                "Mentors: 2", "Active pairs: 3", "Ended pairs: 1", "Mentees waiting for a match: 1");
    }

    private void enrolEveryone() {
        mentor(maya, "kubernetes, go", 2);
        mentor(rui, "rust", 1);
        mentor(sam, "design, public speaking", 1);
        mentee(ed, "rust");
        mentee(lin, "kubernetes");
        mentee(ola, "go");
        mentee(kim, "public speaking");
        assertThat(chat.send(admin(), "stats").fallback()).contains("Mentors: 3", "Mentees: 4", "Mentees waiting for a match: 4");
    }

    private void checkInRoundOne() {
        chat.advance(Duration.ofDays(7));
        assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isEqualTo(4);

        Reply edsCheckIn = chat.last(ed, Message.Kind.CHECK_IN);
        assertThat(chat.press(ed, "We met", edsCheckIn).fallback()).contains("Ed answered: We met");
        assertThat(chat.press(rui, "Not yet", edsCheckIn).fallback()).contains("already answered by Ed: We met");
        assertThat(chat.press(sam, "Not yet", edsCheckIn).fallback()).contains("belongs to another pair");

        chat.press(lin, "Not yet", chat.last(lin, Message.Kind.CHECK_IN));
        chat.press(ola, "Not yet", chat.last(ola, Message.Kind.CHECK_IN));
        chat.press(kim, "Need help", chat.last(kim, Message.Kind.CHECK_IN));
        assertThat(chat.last(admin(), Message.Kind.ADMIN_ALERT).fallback())
                .contains("Kim asked for help with the pairing of Sam (mentor) and Kim (mentee)");
    }

    private void checkInUntilLinStalls() {
        for (int round = 2; round <= 3; round++) {
            chat.advance(Duration.ofDays(14));
            assertThat(chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run).sent()).isEqualTo(4);
            chat.press(lin, "Not yet", chat.last(lin, Message.Kind.CHECK_IN));
        }
        assertThat(chat.last(admin(), Message.Kind.ADMIN_ALERT).fallback())
                .contains("pairing of Lin with mentor Maya looks stalled", "3 check-ins in a row");
    }

    private void feedbackFromThreePeople() {
        assertThat(chat.send(admin(), "poll").fallback()).contains("Feedback poll sent to 4 pairs");
        rate(ed, "5");
        rate(rui, "4");
        rate(kim, "3");
        Reply again = chat.press(ed, "Give feedback", chat.last(ed, Message.Kind.POLL));
        assertThat(again.fallback()).contains("already answered");
        assertThat(again.form()).isEmpty();
    }

    private void rate(Actor who, String rating) {
        Reply form = chat.press(who, "Give feedback", chat.last(who, Message.Kind.POLL));
        Reply thanks = chat.submit(who, ActionIds.FORM_FEEDBACK, form.form().orElseThrow().context(),
                Map.of("rating", rating, "comment", "Going well"));
        assertThat(thanks.fallback()).contains("Thank you");
    }

    private void mentor(Actor who, String skills, int capacity) {
        Reply welcome = chat.join(who, Map.of("role", "mentor", "skillsOffered", skills, "level", "6",
                "department", "Engineering", "timezone", "Europe/Berlin", "capacity", String.valueOf(capacity)));
        assertThat(welcome.fallback()).contains("Welcome to the mentoring program");
    }

    private void mentee(Actor who, String skills) {
        Reply welcome = chat.join(who, Map.of("role", "mentee", "skillsWanted", skills, "level", "2",
                "department", "Product", "timezone", "Europe/Lisbon"));
        assertThat(welcome.fallback()).contains("Welcome to the mentoring program");
    }
}
