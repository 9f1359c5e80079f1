package org.mentorbot.core.matching;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meaningful words of a goals text or a skill name: lower-case, split on anything that is
 * not a letter, digit, {@code +} or {@code #} (so "c++" and "c#" survive), with common English
 * stop-words, the verbs every goal uses ("learn", "grow", "improve") and one-letter words dropped.
 */
final class GoalWords {

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private static final Set<String> STOP_WORDS = Set.of(
            "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "become", "been", "before", "being", "better", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "during", "each", "few", "for", "from", "further",
            "get", "good", "grow", "had", "has", "have", "having", "he", "help", "her", "here", "him", "his", "how", "if",
            "improve", "in", "into", "is", "it", "its", "just", "know", "learn", "learning", "like", "made",
            "make", "me", "more", "most", "my", "myself", "need", "new", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "want", "was", "we",
            "well", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "work", "would", "you", "your");

    private GoalWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
