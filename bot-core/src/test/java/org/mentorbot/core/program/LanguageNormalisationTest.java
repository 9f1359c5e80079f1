package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.enrollment.ProfileForm;
import org.mentorbot.core.testkit.Conversation;

/** Languages as people type them become one code each, so that "English" and "en" meet; what names no language is said so. */
class LanguageNormalisationTest {

    final Conversation chat = new Conversation();
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor ana = person("UANA", "Ana");

    @Test
    void namesAndRegionTagsAreStoredAsCodesAndMatchTheirCode() {
        mentor(maya, "en");
        assertThat(mentee(ed, "English, de-DE, Deutsch").fallback()).contains("Welcome");

        assertThat(chat.stores.participants().find(ed.id()).orElseThrow().profile().languages()).containsExactly("en", "de");
        assertThat(chat.send(ed, "profile").fallback()).contains("Languages: en, de");
        assertThat(chat.send(admin(), "match").fallback()).contains("1 new pair introduced");
    }

    @Test
    void aLanguageNobodyKnowsIsNamedInTheLanguagesFieldAndNothingIsSaved() {
        Reply refused = mentee(ed, "en, klingon");

        assertThat(refused.isFormRejection()).isTrue();
        assertThat(refused.fieldErrors()).containsOnlyKeys(ProfileForm.LANGUAGES);
        assertThat(refused.fieldErrors().get(ProfileForm.LANGUAGES)).contains("Languages", "'klingon'");
        assertThat(chat.stores.participants().find(ed.id())).isEmpty();
    }

    @Test
    void aMenteeNoMentorSharesALanguageWithHearsWhichLanguage() {
        mentor(maya, "English");
        mentee(ana, "pt-BR");

        assertThat(chat.send(admin(), "match preview").fallback()).contains("Ana would wait", "No mentor speaks pt.");
        chat.send(admin(), "match");
        Reply notice = chat.last(ana, Message.Kind.NOTICE);
        assertThat(notice.fallback()).contains("Still waiting", "No mentor speaks pt.", "Add every language");
    }

    private void mentor(Actor who, String languages) {
        chat.join(who, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "2", "level", "6", "languages", languages));
    }

    private Reply mentee(Actor who, String languages) {
        return chat.join(who, Map.of("role", "mentee", "skillsWanted", "go", "level", "2", "languages", languages));
    }
}
