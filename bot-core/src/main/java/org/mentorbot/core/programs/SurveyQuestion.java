package org.mentorbot.core.programs;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of a program's survey: a key that names it in the report, the words asked, the
 * scale it is answered on, and the stages that ask it.
 */
public record SurveyQuestion(String key, String text, Scale scale, Set<SurveyStage> stages) {

    public static final int MAX_TEXT = 200;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public SurveyQuestion {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a survey question's key is 1 to 32 lower-case letters, digits and dashes, "
                    + "starting with a letter, such as confidence");
        }
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a survey question's text is 1 to " + MAX_TEXT + " characters");
        }
        Objects.requireNonNull(scale, "scale");
        if (stages == null || stages.isEmpty()) {
            throw new IllegalArgumentException("a survey question is asked at one or more of start, mid and end");
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
    }

    public boolean askedAt(SurveyStage stage) {
        return stages.contains(stage);
    }

    /** How a question is answered: a rating from 1 to 5, a 0 to 10 likelihood to recommend (NPS), or yes / no (1 / 0). */
    public enum Scale {
        RATING(1, 5), RECOMMEND(0, 10), YES_NO(0, 1);

        private final int min;
        private final int max;

        Scale(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        public boolean allows(int value) {
            return value >= min && value <= max;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The scale a programs file names: {@code rating}, {@code recommend} (or {@code nps}), {@code yes-no}. */
        public static Optional<Scale> parse(String text) {
            String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            return switch (name) {
                case "rating", "1-5" -> Optional.of(RATING);
                case "recommend", "nps", "0-10" -> Optional.of(RECOMMEND);
                case "yes-no", "yesno", "boolean" -> Optional.of(YES_NO);
                default -> Optional.empty();
            };
        }
    }
}
