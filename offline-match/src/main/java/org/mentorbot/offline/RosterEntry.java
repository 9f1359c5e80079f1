package org.mentorbot.offline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;

/**
 * One participant object of a roster, turned into an active {@link Participant} whose id is the
 * roster id as it stands (no platform prefix). Only {@code id} and {@code role} are required;
 * the rest default to: no skills, no goals, no department, level 3, time zone UTC, languages
 * ["en"], capacity 1 for a mentor or both and 0 for a mentee.
 *
 * <p>The object is read straight off the parser, with no tree: each known field keeps its text,
 * its int or its list of strings, or a mark that it has another type; other fields are skipped;
 * a field given twice keeps its last value.
 */
final class RosterEntry {

    static final int DEFAULT_LEVEL = 3;
    static final String DEFAULT_ZONE = "UTC";
    static final List<String> DEFAULT_LANGUAGES = List.of("en");

    private static final Map<String, Integer> FIELDS = Map.of("id", 0, "role", 1, "skillsOffered", 2, "skillsWanted", 3,
            "goals", 4, "department", 5, "level", 6, "timezone", 7, "languages", 8, "capacity", 9);
    private static final Object OTHER_TYPE = new Object();

    private final Path file;
    private final long line;
    private final Object[] values = new Object[FIELDS.size()];

    private RosterEntry(Path file, long line) {
        this.file = file;
        this.line = line;
    }

    /** Reads the object whose START_OBJECT the parser is on, up to and including its END_OBJECT. */
    static RosterEntry read(Path file, long line, JsonParser json) throws IOException {
        RosterEntry entry = new RosterEntry(file, line);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            Integer field = FIELDS.get(json.currentName());
            JsonToken token = json.nextToken();
            if (field == null) {
                json.skipChildren();
            } else {
                entry.values[field] = value(json, token);
            }
        }
        return entry;
    }

    private static Object value(JsonParser json, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> json.getText();
            case VALUE_NUMBER_INT -> json.getNumberType() == JsonParser.NumberType.INT ? (Object) json.getIntValue() : OTHER_TYPE;
            case START_ARRAY -> strings(json);
            default -> {
                json.skipChildren();
                yield OTHER_TYPE;
            }
        };
    }

    private static Object strings(JsonParser json) throws IOException {
        List<String> strings = new ArrayList<>();
        boolean allStrings = true;
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            if (item == JsonToken.VALUE_STRING) {
                strings.add(json.getText());
            } else {
                allStrings = false;
                json.skipChildren();
            }
        }
        return allStrings ? strings : OTHER_TYPE;
    }

    /** The participant, after checking that no earlier entry in {@code seen} had the same id. */
    Participant toParticipant(Set<String> seen) throws BadInputException {
        String id = text("id", null);
        if (id == null || id.isBlank()) {
            throw bad("participant without an \"id\"");
        }
        if (!seen.add(id)) {
            throw bad("duplicate id \"" + id + "\"");
        }
        String roleText = text("role", "");
        Role role = Role.parse(roleText)
                .orElseThrow(() -> bad("unknown role \"" + roleText + "\" for \"" + id + "\": use mentor, mentee or both"));
        int capacity = integer("capacity", role.mentors() ? 1 : 0);
        if (capacity < 0) {
            throw bad("negative capacity " + capacity + " for \"" + id + "\"");
        }
        List<String> languages = strings("languages");
        try {
            Profile profile = new Profile(id, role, strings("skillsOffered"), strings("skillsWanted"), text("goals", ""),
                    text("department", ""), integer("level", DEFAULT_LEVEL), ZoneId.of(text("timezone", DEFAULT_ZONE)),
                    languages.isEmpty() ? DEFAULT_LANGUAGES : languages, capacity, Cadence.PROGRAM);
            return new Participant(new ParticipantId(id), profile, ParticipantStatus.ACTIVE, Instant.EPOCH);
        } catch (DateTimeException e) {
            throw bad("unknown timezone \"" + text("timezone", "") + "\" for \"" + id + "\"");
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage() + " (participant \"" + id + "\")");
        }
    }

    private String text(String field, String fallback) throws BadInputException {
        Object value = values[FIELDS.get(field)];
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw bad("\"" + field + "\" must be a string");
        }
        return text;
    }

    private int integer(String field, int fallback) throws BadInputException {
        Object value = values[FIELDS.get(field)];
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer number)) {
            throw bad("\"" + field + "\" must be a whole number");
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String field) throws BadInputException {
        Object value = values[FIELDS.get(field)];
        if (value == null) {
            return new ArrayList<>();
        }
        if (!(value instanceof List<?>)) {
            throw bad("\"" + field + "\" must be an array of strings");
        }
        return (List<String>) value;
    }

    private BadInputException bad(String problem) {
        return new BadInputException(file, line, problem);
    }
}
