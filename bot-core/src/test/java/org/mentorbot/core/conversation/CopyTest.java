package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTest {

    @Test
    void aCountOfOneTakesTheSingularAndAnyOtherThePlural() {
        String template = "{0} new {0|pair|pairs} introduced, {1} {1|mentee|mentees} waiting";

        assertThat(Copy.fill(template, 1, 0)).isEqualTo("1 new pair introduced, 0 mentees waiting");
        assertThat(Copy.fill(template, 2, 1)).isEqualTo("2 new pairs introduced, 1 mentee waiting");
        assertThat(Copy.fill("{0} {0|hour|hours}", 1.5)).isEqualTo("1.5 hours");
        assertThat(Copy.fill("{0} {0|hour|hours}", "1")).as("text is not a count").isEqualTo("1 hours");
    }

    @Test
    void argumentsThatLookLikeTheSyntaxAreLeftAsTyped() {
        assertThat(Copy.fill("Hello {0}, {1} {1|pair|pairs}", "{1|a|b}", 1)).isEqualTo("Hello {1|a|b}, 1 pair");
    }

    @Test
    void theEnglishCopySaysOnePairAndOneMentee() {
        assertThat(Copy.english().text("match.done", 1, 1)).isEqualTo("Matching round: 1 new pair introduced, 1 mentee waiting");
    }
}
