package org.mentorbot.core.people;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a person told the program about themself when they joined: what they can teach,
 * what they want to learn, where and when they work. Skills are kept lower-case and without
 * duplicates, languages as ISO 639-1 codes ({@link Languages}), so that matching compares like
 * with like, also for profiles stored before languages were normalised.
 *
 * @param level    seniority from 1 (new to the field) to 10 (most senior)
 * @param capacity how many mentees a mentor takes at once; 0 for a mentee-only profile
 * @param workingStyle how the person likes to meet, structure sessions and communicate; never null
 */
public record Profile(
        String displayName,
        Role role,
        List<String> skillsOffered,
        List<String> skillsWanted,
        String goals,
        String department,
        int level,
        ZoneId timezone,
        List<String> languages,
        int capacity,
        Cadence cadence,
        WorkingStyle workingStyle) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;
    public static final int MAX_CAPACITY = 10;
    /** The longest list {@link #normalise} checks for being normal already before it builds a set. */
    private static final int SHORT_LIST = 16;

    public Profile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(cadence, "cadence");
        workingStyle = workingStyle == null ? WorkingStyle.NONE : workingStyle;
        skillsOffered = normalise(skillsOffered);
        skillsWanted = normalise(skillsWanted);
        languages = Languages.normalise(languages);
        goals = goals == null ? "" : goals.strip();
        department = department == null ? "" : department.strip();
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be between 1 and 10");
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be between 0 and 10");
        }
    }

    /** A profile without working-style preferences. */
    public Profile(String displayName, Role role, List<String> skillsOffered, List<String> skillsWanted, String goals,
                   String department, int level, ZoneId timezone, List<String> languages, int capacity, Cadence cadence) {
        this(displayName, role, skillsOffered, skillsWanted, goals, department, level, timezone, languages, capacity, cadence,
                WorkingStyle.NONE);
    }

    public Profile withWorkingStyle(WorkingStyle style) {
        return new Profile(displayName, role, skillsOffered, skillsWanted, goals, department, level, timezone, languages,
                capacity, cadence, style);
    }

    /** Skills, languages: trimmed, lower-case, blank entries and repeats dropped, order kept. */
    public static List<String> normalise(List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (isNormal(values)) {
            return List.copyOf(values);
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null) {
                String clean = clean(value);
                if (!clean.isEmpty()) {
                    kept.add(clean);
                }
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Whether a short list is already as {@link #normalise} leaves it, as a stored profile's lists
     * are: then it is copied as it is, without a set built for every list of every person read.
     */
    private static boolean isNormal(List<String> values) {
        if (values.size() > SHORT_LIST) {
            return false;
        }
        for (int k = 0; k < values.size(); k++) {
            String value = values.get(k);
            if (value == null || value.isEmpty() || !clean(value).equals(value)) {
                return false;
            }
            for (int earlier = 0; earlier < k; earlier++) {
                if (values.get(earlier).equals(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String clean(String value) {
        return collapseSpaces(value.strip()).toLowerCase(Locale.ROOT);
    }

    /** Each run of ASCII white space ({@code [ \t\n\x0B\f\r]}) becomes one space; no regex, as this runs for every skill of every person read. */
    private static String collapseSpaces(String text) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (out == null && (space && (c != ' ' || inRun))) {
                out = new StringBuilder(text.length()).append(text, 0, k);
            }
            if (out != null && !(space && inRun)) {
                out.append(space ? ' ' : c);
            }
            inRun = space;
        }
        return out == null ? text : out.toString();
    }

    /** How many mentees this person can take at once: their capacity when they mentor, else 0. */
    public int mentorCapacity() {
        return role.mentors() ? capacity : 0;
    }

    /**
     * This membership's profile with the person's own details (name, skills, goals, department,
     * level, time zone, languages, working style) taken from {@code other}; role, capacity and cadence stay, as
     * they belong to the membership of one program.
     */
    public Profile withPersonFrom(Profile other) {
        return new Profile(other.displayName, role, other.skillsOffered, other.skillsWanted, other.goals, other.department,
                other.level, other.timezone, other.languages, capacity, cadence, other.workingStyle);
    }
}
