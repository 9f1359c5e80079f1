package org.mentorbot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentorbot.core.matching.solver.BipartiteProblem;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.Profile;

/** Writes generated rosters and edge lists in the offline matcher's ROSTER.json and EDGES.csv formats. */
final class RosterFiles {

    private RosterFiles() {
    }

    static void writeRoster(Path file, List<Participant> people) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"participants\":[\n");
            for (int k = 0; k < people.size(); k++) {
                out.write(json(people.get(k)));
                out.write(k + 1 < people.size() ? ",\n" : "\n");
            }
            out.write("]}\n");
        }
    }

    private static String json(Participant person) {
        Profile p = person.profile();
        return "{\"id\":" + quote(person.id().value())
                + ",\"role\":" + quote(p.role().wireName())
                + ",\"skillsOffered\":" + array(p.skillsOffered())
                + ",\"skillsWanted\":" + array(p.skillsWanted())
                + ",\"goals\":" + quote(p.goals())
                + ",\"department\":" + quote(p.department())
                + ",\"level\":" + p.level()
                + ",\"timezone\":" + quote(p.timezone().getId())
                + ",\"languages\":" + array(p.languages())
                + ",\"capacity\":" + p.capacity() + "}";
    }

    private static String array(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < values.size(); k++) {
            out.append(k == 0 ? "" : ",").append(quote(values.get(k)));
        }
        return out.append(']').toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Mentees are {@code e<index>}, mentors {@code m<index>}, as in {@link RosterGenerator}. */
    static void writeEdges(Path file, BipartiteProblem problem) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int e = 0; e < problem.edgeCount(); e++) {
                out.write("e" + problem.edgeMentee(e) + ",m" + problem.edgeMentor(e) + "," + problem.edgeScore(e) + "\n");
            }
        }
    }

    /** A roster for an edge list: plain mentees and mentors with the capacities the edge list assumes. */
    static void writeEdgeRoster(Path file, BipartiteProblem problem) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"participants\":[\n");
            for (int i = 0; i < problem.menteeCount(); i++) {
                out.write("{\"id\":\"e" + i + "\",\"role\":\"mentee\"},\n");
            }
            for (int m = 0; m < problem.mentorCount(); m++) {
                out.write("{\"id\":\"m" + m + "\",\"role\":\"mentor\",\"capacity\":" + problem.mentorCapacity(m) + "}");
                out.write(m + 1 < problem.mentorCount() ? ",\n" : "\n");
            }
            out.write("]}\n");
        }
    }
}
