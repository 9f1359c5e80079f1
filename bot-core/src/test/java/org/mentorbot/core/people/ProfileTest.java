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

    @Test
    void aListThatIsNormalAlreadyStaysAsItIsAndOneThatIsNotIsStillMadeNormal() {
        assertThat(Profile.normalise(List.of("machine learning", "go", "c++"))).containsExactly("machine learning", "go", "c++");
        assertThat(Profile.normalise(List.of("go", "rust", "go"))).containsExactly("go", "rust");
        assertThat(Profile.normalise(List.of("go", "Rust"))).containsExactly("go", "rust");
        assertThat(Profile.normalise(List.of("go", "rust  lang", " kotlin"))).containsExactly("go", "rust lang", "kotlin");
        List<String> long17 = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 17).mapToObj(k -> "skill " + k).toList());
        long17.add("skill 3");
        assertThat(Profile.normalise(long17)).hasSize(17).doesNotHaveDuplicates();
    }

    @Test
    void storedLanguageCodesStayAsTheyAreAndAnythingElseIsStillMadeACode() {
        assertThat(Languages.normalise(List.of("en", "de"))).containsExactly("en", "de");
        assertThat(Languages.normalise(List.of("en", "iw", "English"))).containsExactly("en", "he");
        assertThat(Languages.normalise(List.of("en", "klingon"))).containsExactly("en", "klingon");
    }
}
