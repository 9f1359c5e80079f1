package org.mentorbot.core.matching;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The meaningful words of a goals text or a skill name: lower-case, split on anything that is
 * not a letter, digit, {@code +} or {@code #} (so "c++" and "c#" survive), with common English
 * stop-words, the verbs every goal uses ("learn", "grow", "improve") and one-letter words dropped.
 */
final class GoalWords {

    static final Set<String> STOP_WORDS = Set.of(
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
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int at = 0; at < lower.length(); ) {
            int point = lower.codePointAt(at);
            if (isWordPart(point)) {
                start = start < 0 ? at : start;
            } else if (start >= 0) {
                add(words, lower.substring(start, at));
                start = -1;
            }
            at += Character.charCount(point);
        }
        if (start >= 0) {
            add(words, lower.substring(start));
        }
        return words;
    }

    private static void add(Set<String> words, String word) {
        if (word.length() > 1 && !STOP_WORDS.contains(word)) {
            words.add(word);
        }
    }

    /** A letter, a number of any kind, {@code +} or {@code #}: what {@code [\p{L}\p{N}+#]} matches. */
    private static boolean isWordPart(int point) {
        if (point < 0x80) {
            return point >= 'a' && point <= 'z' || point >= 'A' && point <= 'Z' || point >= '0' && point <= '9' || point == '+' || point == '#';
        }
        if (Character.isLetter(point)) {
            return true;
        }
        int type = Character.getType(point);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
