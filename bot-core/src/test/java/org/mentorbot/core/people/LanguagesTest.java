package org.mentorbot.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en              | en
            EN              | en
            English         | en
            english         | en
            '  English  '   | en
            en-GB           | en
            en_US           | en
            eng             | en
            English (UK)    | en
            de              | de
            de-DE           | de
            Deutsch         | de
            german          | de
            ger             | de
            pt-BR           | pt
            Portuguese      | pt
            português       | pt
            portugues       | pt
            español         | es
            Spanish         | es
            français        | fr
            zh-Hant-TW      | zh
            Chinese         | zh
            日本語           | ja
            iw              | he
            """)
    void namesCodesAndTagsAreTheTwoLetterCode(String typed, String code) {
        assertThat(Languages.code(typed)).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" is no language")
    @ValueSource(strings = {"klingon", "", "  ", "xx", "en-", "english please", "tlh"})
    void whatNamesNoLanguageIsUnknown(String typed) {
        assertThat(Languages.code(typed)).isEmpty();
    }

    @Test
    void aStoredProfileReadsWithCodesOnceEachAndKeepsWhatItCannotName() {
        Profile stored = new Profile("Ed", Role.MENTEE, List.of(), List.of("go"), "", "", 3, ZoneId.of("UTC"),
                List.of("English", "en-GB", "Deutsch", "klingon", "de"), 0, Cadence.PROGRAM);

        assertThat(stored.languages()).containsExactly("en", "de", "klingon");
    }
}
