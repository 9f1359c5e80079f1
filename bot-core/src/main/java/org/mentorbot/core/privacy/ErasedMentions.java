package org.mentorbot.core.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.people.ParticipantId;

/**
 * How an erased person is taken out of the words their partner keeps (goals, the partner's own
 * meeting notes and reflections): their display name, each longer part of it, their participant
 * id and their platform id, as whole words in any case, become one neutral word.
 */
final class ErasedMentions implements UnaryOperator<String> {

    private static final int SHORTEST_NAME_PART = 3;

    private final List<Pattern> mentions;
    private final String replacement;

    ErasedMentions(ParticipantId person, String displayName, String neutralWord) {
        Set<String> words = new LinkedHashSet<>();
        words.add(person.value());
        words.add(person.userId());
        String name = displayName == null ? "" : displayName.strip();
        if (!name.isEmpty()) {
            words.add(name);
            Arrays.stream(name.split("\\s+")).filter(part -> part.length() >= SHORTEST_NAME_PART).forEach(words::add);
        }
        List<String> longestFirst = new ArrayList<>(words);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.mentions = longestFirst.stream()
                .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.replacement = Matcher.quoteReplacement(neutralWord);
    }

    @Override
    public String apply(String text) {
        String scrubbed = text;
        for (Pattern mention : mentions) {
            scrubbed = mention.matcher(scrubbed).replaceAll(replacement);
        }
        return scrubbed;
    }
}
