package org.mentorbot.core.programs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a program asks its participants how it is going: at the start (the baseline), half-way, and at the end. */
public enum SurveyStage {
    START, MIDPOINT, END;

    public String wireName() {
        return switch (this) {
            case START -> "start";
            case MIDPOINT -> "mid";
            case END -> "end";
        };
    }

    /** The stage a wire name ({@code start}, {@code mid}, {@code end}) or an enum name names. */
    public static Optional<SurveyStage> parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name) || s.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }
}
