package org.mentorbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void skillsAreTrimmedLowerCasedWithEachRunOfSpacesMadeOneAndRepeatsAndBlanksDropped() {
        List<String> skills = Arrays.asList("  Machine \t Learning ", "machine learning", "", "   ", null, "Go", "Public\r\n\fSpeaking",
                "c++  and\u000Brust", "non\u00a0breaking");

        assertThat(Profile.normalise(skills))
                .containsExactly("machine learning", "go", "public speaking", "c++ and rust", "non\u00a0breaking");
    }

    @Test
    void nothingNormalisesToNothing() {
        assertThat(Profile.normalise(null)).isEmpty();
        assertThat(Profile.normalise(List.of("single"))).containsExactly("single");
    }
}
