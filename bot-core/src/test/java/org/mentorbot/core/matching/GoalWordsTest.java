package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoalWordsTest {

    /** The definition the words follow: split on every run of what is not a letter, a number, {@code +} or {@code #}. */
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    @Test
    void keepsSkillNamesWithSymbolsAndDropsStopWordsAndSingleLetters() {
        assertThat(GoalWords.of("Learn C++, C# and a bit of Go; grow into Tech-Lead!"))
                .containsExactly("c++", "c#", "bit", "go", "tech", "lead");
        assertThat(GoalWords.of(null)).isEmpty();
        assertThat(GoalWords.of("  ")).isEmpty();
    }

    @Test
    void splitsExactlyWhereTheDefinitionSplits() {
        Random random = new Random(5);
        String[] pieces = {"a", "Z", "é", "ß", "İ", "Ω", "ж", "中", "文", "٣", "Ⅻ", "½", "7", "+", "#", " ", "-", ".", ",", "_",
            "\t", "\n", "'", "😀", "𝐀", "𝟙", "\u0301", "ǅ", "ʰ", "and", "the", "java", "x"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(GoalWords.of(text.toString())).as("\"%s\"", text).containsExactlyElementsOf(byDefinition(text.toString()));
        }
    }

    private static Set<String> byDefinition(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !GoalWords.STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
