package org.mentorbot.core.programs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a program pairs people. */
public enum ProgramKind {
    /** A more senior mentor with one mentee at a time per seat. */
    ONE_TO_ONE,
    /** Reverse mentoring: the junior mentors the senior. */
    REVERSE,
    /** Everyone mentors and is mentored; no seniority rule. */
    PEER,
    /** One mentor with several mentees in one group conversation. */
    CIRCLES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProgramKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
