package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.Visibility;
import org.mentorbot.core.testkit.Conversation;

/** Answers that say what happened: to words the bot does not know, and on check-ins after they were answered. */
class ClearAnswersTest {

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor lin = person("ULIN", "Lin");

    @Test
    void unknownWordsAreNamedWithTheClosestCommandThenTheHelp() {
        Reply typo = chat.send(ed, "joni");
        assertThat(typo.fallback()).startsWith("I don't know 'joni'.\nDid you mean 'join'?").contains("Mentorbot: your mentoring program");

        assertThat(chat.send(ed, "feedback now please").fallback()).contains("I don't know 'feedback now please'", "Did you mean 'feedback'?");
        assertThat(chat.send(ed, "delet me").fallback()).contains("Did you mean 'delete me'?");
        assertThat(chat.send(ed, "xyzzy plugh").fallback()).contains("I don't know 'xyzzy plugh'.").doesNotContain("Did you mean");
    }

    @Test
    void adminCommandsAreSuggestedOnlyToAdmins() {
        assertThat(chat.send(admin(), "stat").fallback()).contains("Did you mean 'stats'?");
        assertThat(chat.send(ed, "stat").fallback()).contains("I don't know 'stat'.").doesNotContain("Did you mean 'stats'");
    }

    @Test
    void answeredCheckInsKeepThePairsNamesSoAMentorOfTwoTellsThemApart() {
        mentorOfTwo();

        Reply edsAnswer = chat.press(ed, "We met", checkInOf(ed));
        Reply linsAnswer = chat.press(lin, "Not yet", checkInOf(lin));

        assertThat(edsAnswer.fallback()).contains("Maya (mentor) and Ed (mentee)", "Ed answered: We met");
        assertThat(linsAnswer.fallback()).contains("Maya (mentor) and Lin (mentee)", "Lin answered: Not yet");
        assertThat(List.of(edsAnswer, linsAnswer)).allMatch(Reply::replacesOriginal);
    }

    @Test
    void aLatePressIsAnsweredPrivatelyAndLeavesTheSharedMessageAlone() {
        mentorOfTwo();
        Reply prompt = checkInOf(ed);
        chat.press(ed, "We met", prompt);

        Reply late = chat.press(maya, "Not yet", prompt);

        assertThat(late.fallback()).contains("already answered by Ed: We met", "not recorded");
        assertThat(late.replacesOriginal()).as("the shared message keeps Ed's answer").isFalse();
        assertThat(late.visibility()).isEqualTo(Visibility.PRIVATE);
    }

    private void mentorOfTwo() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "2", "level", "6"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        chat.join(lin, Map.of("role", "mentee", "skillsWanted", "go", "level", "3"));
        chat.send(admin(), "match");
        chat.send(admin(), "nudge");
    }

    private Reply checkInOf(Actor mentee) {
        return chat.last(mentee, Message.Kind.CHECK_IN);
    }

    @Test
    void theProfileNamesTheRoleTheCadenceAndThePausedState() {
        chat.join(maya, java.util.Map.of("role", "mentor", "skillsOffered", "go", "capacity", "2", "cadence", "monthly"));
        chat.send(maya, "pause");

        String profile = chat.send(maya, "profile").fallback();

        assertThat(profile).contains("Role: Mentor", "Status: paused", "Preferred check-in cadence: Monthly").doesNotContain("Role: a mentor");
    }
}
