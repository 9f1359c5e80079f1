package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a thank-you are what the person typed after {@code thanks}, case and markup kept as plain text. */
class GuidanceWordsTest {

    @ParameterizedTest(name = "\"{0}\" says \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            thanks                                   | ''
            thanks for the Great session!            | for the Great session!
            /mentor Thanks, Maya                     | Maya
            <@U0BOT> mentor thanks <b>bold</b>       | <b>bold</b>
            <at>Mentorbot</at> thanks: see you       | see you
            thank you so much                        | thank you so much
            """)
    void wordsAfterThanks(String text, String words) {
        assertThat(GuidanceCommands.wordsOf(text)).isEqualTo(words);
    }
}
