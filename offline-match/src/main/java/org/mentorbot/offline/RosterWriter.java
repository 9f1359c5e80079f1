package org.mentorbot.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.Profile;

/**
 * Writes ROSTER.json as {@link RosterReader} reads it, {@code {"participants":[...]}} with one
 * participant per line, so that a generated roster can be fed to {@code match}. The full form
 * carries every profile field the reader knows; the edge-list form carries only what matching
 * from an edge list reads: the id, the role and, for those who mentor, the capacity.
 */
public final class RosterWriter {

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean edgeListOnly;

    private RosterWriter(boolean edgeListOnly) {
        this.edgeListOnly = edgeListOnly;
    }

    /** Every field: id, role, skills offered and wanted, goals, department, level, time zone, languages, capacity. */
    public static RosterWriter full() {
        return new RosterWriter(false);
    }

    /** Id and role, plus the capacity of those who mentor: enough for {@code match --edges}. */
    public static RosterWriter forEdgeList() {
        return new RosterWriter(true);
    }

    public void write(List<Participant> people, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"participants\":[\n");
            for (int k = 0; k < people.size(); k++) {
                out.write(mapper.writeValueAsString(entry(people.get(k))));
                out.write(k + 1 < people.size() ? ",\n" : "\n");
            }
            out.write("]}\n");
        }
    }

    private ObjectNode entry(Participant person) {
        Profile p = person.profile();
        ObjectNode entry = mapper.createObjectNode().put("id", person.id().value()).put("role", p.role().wireName());
        if (edgeListOnly) {
            return p.role().mentors() ? entry.put("capacity", p.capacity()) : entry;
        }
        entry.set("skillsOffered", strings(p.skillsOffered()));
        entry.set("skillsWanted", strings(p.skillsWanted()));
        return entry.put("goals", p.goals())
                .put("department", p.department())
                .put("level", p.level())
                .put("timezone", p.timezone().getId())
                .<ObjectNode>set("languages", strings(p.languages()))
                .put("capacity", p.capacity());
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }
}
