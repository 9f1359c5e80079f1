package org.mentorbot.core.enrollment;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form.Choice;
import org.mentorbot.core.conversation.Form.Input;
import org.mentorbot.core.conversation.Form.Kind;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Languages;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.people.WorkingStyle;

/**
 * The enrollment form: the inputs it asks for, and the reading of a submitted form into a
 * {@link Profile}, naming each field that needs fixing.
 */
public final class ProfileForm {

    public static final String ROLE = "role";
    public static final String SKILLS_OFFERED = "skillsOffered";
    public static final String SKILLS_WANTED = "skillsWanted";
    public static final String GOALS = "goals";
    public static final String DEPARTMENT = "department";
    public static final String LEVEL = "level";
    public static final String TIMEZONE = "timezone";
    public static final String LANGUAGES = "languages";
    public static final String CAPACITY = "capacity";
    public static final String CADENCE = "cadence";
    public static final String MEETING = "meeting";
    public static final String STRUCTURE = "structure";
    public static final String COMMUNICATION = "communication";

    static final int MAX_LIST_TEXT = 500;
    static final int MAX_GOALS = 1000;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_ITEM = 60;
    static final int MAX_ITEMS = 20;

    private final Copy copy;

    public ProfileForm(Copy copy) {
        this.copy = copy;
    }

    /** The form, pre-filled from an existing profile or from what the platform knows. */
    public Form form(Optional<Profile> existing, Optional<ZoneId> platformZone) {
        Optional<Profile> p = existing;
        String zone = p.map(x -> x.timezone().getId()).orElse(platformZone.map(ZoneId::getId).orElse("UTC"));
        return new Form(ActionIds.FORM_JOIN, copy.text("join.title"), copy.text("join.submit"), "", List.of(
                select(ROLE, p.map(x -> x.role().wireName()).orElse("mentee"),
                        choice("role.mentor", "mentor"), choice("role.mentee", "mentee"), choice("role.both", "both")),
                text(SKILLS_OFFERED, Kind.TEXT, false, p.map(x -> String.join(", ", x.skillsOffered())).orElse(""), MAX_LIST_TEXT),
                text(SKILLS_WANTED, Kind.TEXT, false, p.map(x -> String.join(", ", x.skillsWanted())).orElse(""), MAX_LIST_TEXT),
                text(GOALS, Kind.MULTILINE, false, p.map(Profile::goals).orElse(""), MAX_GOALS),
                text(DEPARTMENT, Kind.TEXT, false, p.map(Profile::department).orElse(""), MAX_DEPARTMENT),
                text(LEVEL, Kind.NUMBER, true, String.valueOf(p.map(Profile::level).orElse(3)), 2),
                text(TIMEZONE, Kind.TEXT, true, zone, 64),
                text(LANGUAGES, Kind.TEXT, true, p.map(x -> String.join(", ", x.languages())).orElse("en"), MAX_LIST_TEXT),
                text(CAPACITY, Kind.NUMBER, false, String.valueOf(p.map(Profile::capacity).orElse(1)), 2),
                select(CADENCE, p.map(x -> x.cadence().wireName()).orElse("program"),
                        choice("cadence.program", "program"), choice("cadence.weekly", "weekly"),
                        choice("cadence.biweekly", "biweekly"), choice("cadence.monthly", "monthly")),
                optional(MEETING, p.map(x -> WorkingStyle.wireName(x.workingStyle().meeting())).orElse("any"),
                        WorkingStyle.Meeting.values()),
                optional(STRUCTURE, p.map(x -> WorkingStyle.wireName(x.workingStyle().structure())).orElse("any"),
                        WorkingStyle.Structure.values()),
                optional(COMMUNICATION, p.map(x -> WorkingStyle.wireName(x.workingStyle().communication())).orElse("any"),
                        WorkingStyle.Communication.values())));
    }

    /** An optional working-style question: "no preference" first, then each preference. */
    private Input optional(String name, String initial, Enum<?>... values) {
        List<Choice> choices = new java.util.ArrayList<>();
        choices.add(new Choice(copy.text("style.any"), "any"));
        for (Enum<?> value : values) {
            choices.add(new Choice(copy.text("style." + name + "." + WorkingStyle.wireName(value)), WorkingStyle.wireName(value)));
        }
        return new Input(name, copy.text("field." + name), Kind.SELECT, false, initial, List.copyOf(choices), 0, "");
    }

    private <E extends Enum<E>> E style(Class<E> type, Map<String, String> values, String field, Map<String, String> errors) {
        Optional<Optional<E>> read = WorkingStyle.parse(type, values.get(field));
        if (read.isEmpty()) {
            errors.put(field, copy.text("error.style", copy.text("field." + field)));
            return null;
        }
        return read.get().orElse(null);
    }

    /** Reads a submitted form: a profile, or the message for each field to fix. */
    public Result read(String displayName, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Role> role = Role.parse(values.get(ROLE));
        if (role.isEmpty()) {
            errors.put(ROLE, copy.text("error.role"));
        }
        List<String> offered = list(values, SKILLS_OFFERED, errors);
        List<String> wanted = list(values, SKILLS_WANTED, errors);
        String goals = bounded(values, GOALS, MAX_GOALS, errors);
        String department = bounded(values, DEPARTMENT, MAX_DEPARTMENT, errors);
        int level = number(values, LEVEL, Profile.MIN_LEVEL, Profile.MAX_LEVEL, 3, errors);
        ZoneId zone = zone(values.get(TIMEZONE), errors);
        List<String> languages = languages(values, errors);
        int capacity = number(values, CAPACITY, 0, Profile.MAX_CAPACITY, 1, errors);
        Optional<Cadence> cadence = Cadence.parse(values.get(CADENCE));
        if (cadence.isEmpty()) {
            errors.put(CADENCE, copy.text("error.cadence"));
        }
        WorkingStyle style = new WorkingStyle(style(WorkingStyle.Meeting.class, values, MEETING, errors),
                style(WorkingStyle.Structure.class, values, STRUCTURE, errors),
                style(WorkingStyle.Communication.class, values, COMMUNICATION, errors));
        if (role.isPresent() && role.get().mentors() && capacity == 0 && !errors.containsKey(CAPACITY)) {
            errors.put(CAPACITY, copy.text("error.capacityZero"));
        }
        if (role.isPresent() && role.get().mentors() && offered.isEmpty() && !errors.containsKey(SKILLS_OFFERED)) {
            errors.put(SKILLS_OFFERED, copy.text("error.skillsOffered"));
        }
        if (role.isPresent() && role.get().isMentored() && wanted.isEmpty() && !errors.containsKey(SKILLS_WANTED)) {
            errors.put(SKILLS_WANTED, copy.text("error.skillsWanted"));
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        int effectiveCapacity = role.get().mentors() ? capacity : 0;
        return new Result(Optional.of(new Profile(displayName, role.get(), offered, wanted, goals, department, level,
                zone, languages, effectiveCapacity, cadence.get(), style)), Map.of());
    }

    /** A profile, or the errors by field name. */
    public record Result(Optional<Profile> profile, Map<String, String> errors) {
    }

    private Input text(String name, Kind kind, boolean required, String initial, int maxLength) {
        return new Input(name, copy.text("field." + name), kind, required, initial, List.of(), maxLength,
                copy.has("hint." + name) ? copy.text("hint." + name) : "");
    }

    private Input select(String name, String initial, Choice... choices) {
        return new Input(name, copy.text("field." + name), Kind.SELECT, true, initial, List.of(choices), 0, "");
    }

    private Choice choice(String key, String value) {
        return new Choice(copy.text(key), value);
    }

    private List<String> list(Map<String, String> values, String field, Map<String, String> errors) {
        String raw = bounded(values, field, MAX_LIST_TEXT, errors);
        List<String> items = Profile.normalise(Arrays.asList(raw.split("[,;\\n]")));
        if (items.size() > MAX_ITEMS || items.stream().anyMatch(i -> i.length() > MAX_ITEM)) {
            errors.putIfAbsent(field, copy.text("error.list", copy.text("field." + field), MAX_ITEMS, MAX_ITEM));
            return List.of();
        }
        return items;
    }

    /** The languages as ISO 639-1 codes; an entry that names no language is named back, and nothing is saved. */
    private List<String> languages(Map<String, String> values, Map<String, String> errors) {
        List<String> typed = list(values, LANGUAGES, errors);
        List<String> unknown = typed.stream().filter(l -> Languages.code(l).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.put(LANGUAGES, copy.text("error.languageUnknown", copy.text("field." + LANGUAGES),
                    "'" + String.join("', '", unknown) + "'"));
        } else if (typed.isEmpty() && !errors.containsKey(LANGUAGES)) {
            errors.put(LANGUAGES, copy.text("error.languages"));
        }
        return Languages.normalise(typed);
    }

    private String bounded(Map<String, String> values, String field, int max, Map<String, String> errors) {
        String raw = values.getOrDefault(field, "");
        raw = raw == null ? "" : raw.strip();
        if (raw.length() > max) {
            errors.put(field, copy.text("error.tooLong", copy.text("field." + field), max));
            return "";
        }
        return raw;
    }

    private int number(Map<String, String> values, String field, int min, int max, int fallback, Map<String, String> errors) {
        String raw = values.getOrDefault(field, "");
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the field's name
        }
        errors.put(field, copy.text("error.number", copy.text("field." + field), min, max));
        return fallback;
    }

    private ZoneId zone(String raw, Map<String, String> errors) {
        if (raw == null || raw.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            if (raw.strip().length() <= 64) {
                return ZoneId.of(raw.strip());
            }
        } catch (DateTimeException unknownZone) {
            // reported below, with the field's name
        }
        errors.put(TIMEZONE, copy.text("error.timezone"));
        return ZoneId.of("UTC");
    }
}
