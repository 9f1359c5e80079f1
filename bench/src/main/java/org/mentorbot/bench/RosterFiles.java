package org.mentorbot.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.matching.solver.BipartiteProblem;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.offline.RosterWriter;

/** Writes generated rosters and edge lists in the offline matcher's ROSTER.json and EDGES.csv formats. */
final class RosterFiles {

    private RosterFiles() {
    }

    static void writeRoster(Path file, List<Participant> people) throws IOException {
        RosterWriter.full().write(people, file);
    }

    /** Mentees are {@code e<index>}, mentors {@code m<index>}, as in {@link org.mentorbot.core.matching.sample.RosterGenerator}. */
    static void writeEdges(Path file, BipartiteProblem problem) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int e = 0; e < problem.edgeCount(); e++) {
                out.write("e" + problem.edgeMentee(e) + ",m" + problem.edgeMentor(e) + "," + problem.edgeScore(e) + "\n");
            }
        }
    }

    /** A roster for an edge list: plain mentees and mentors with the capacities the edge list assumes. */
    static void writeEdgeRoster(Path file, BipartiteProblem problem) throws IOException {
        List<Participant> people = new ArrayList<>(problem.menteeCount() + problem.mentorCount());
        for (int i = 0; i < problem.menteeCount(); i++) {
            people.add(person("e" + i, Role.MENTEE, 0));
        }
        for (int m = 0; m < problem.mentorCount(); m++) {
            people.add(person("m" + m, Role.MENTOR, problem.mentorCapacity(m)));
        }
        RosterWriter.forEdgeList().write(people, file);
    }

    private static Participant person(String id, Role role, int capacity) {
        Profile profile = new Profile(id, role, List.of(), List.of(), "", "", Profile.MIN_LEVEL, ZoneOffset.UTC,
                List.of(), capacity, Cadence.PROGRAM);
        return new Participant(new ParticipantId(id), profile, ParticipantStatus.ACTIVE, Instant.EPOCH);
    }
}
