package org.mentorbot.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 */
final class RosterEntry {

    static final int DEFAULT_LEVEL = 3;
    static final String DEFAULT_ZONE = "UTC";
    static final List<String> DEFAULT_LANGUAGES = List.of("en");

    private final Path file;
    private final long line;
    private final JsonNode node;

    RosterEntry(Path file, long line, JsonNode node) {
        this.file = file;
        this.line = line;
        this.node = node;
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
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw bad("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private int integer(String field, int fallback) throws BadInputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw bad("\"" + field + "\" must be a whole number");
        }
        return value.intValue();
    }

    private List<String> strings(String field) throws BadInputException {
        JsonNode value = node.get(field);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (!value.isArray()) {
            throw bad("\"" + field + "\" must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw bad("\"" + field + "\" must be an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    private BadInputException bad(String problem) {
        return new BadInputException(file, line, problem);
    }
}
