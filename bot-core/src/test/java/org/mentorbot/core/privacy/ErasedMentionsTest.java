package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.people.ParticipantId;

class ErasedMentionsTest {

    final ErasedMentions edmund = new ErasedMentions(new ParticipantId("teams:29c1e1a4-7f0e"), "Edmund de Gray", "someone");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Met Edmund de Gray today                  | Met someone today
            edmund and GRAY were late                 | someone and someone were late
            ask <@29c1e1a4-7f0e> or teams:29c1e1a4-7f0e | ask <@someone> or someone
            Edmundo and Grayson are others            | Edmundo and Grayson are others
            de facto a short part stays               | de facto a short part stays
            Edmund's notes                            | someone's notes
            """)
    void takesTheNameAndTheIdsOutAsWholeWords(String text, String expected) {
        assertThat(edmund.apply(text)).isEqualTo(expected);
    }
}
