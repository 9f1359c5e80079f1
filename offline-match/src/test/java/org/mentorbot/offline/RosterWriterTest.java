package org.mentorbot.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;

class RosterWriterTest {

    private static final Participant ANA = person("ana", Role.MENTOR, List.of("go", "kubernetes"), List.of(),
            "Share what \"on call\" taught me", "Platform", 7, "Europe/Berlin", List.of("en", "de"), 2);
    private static final Participant DEE = person("dee", Role.MENTEE, List.of(), List.of("go"),
            "", "", 3, "UTC", List.of("en"), 0);
    private static final Participant SAM = person("sam", Role.BOTH, List.of("sql"), List.of("go"),
            "Lead a team", "Data", 5, "America/New_York", List.of("en"), 1);

    @TempDir
    Path dir;

    @Test
    void aWrittenRosterReadsBackAsTheSameParticipants() throws Exception {
        Path file = dir.resolve("roster.json");

        RosterWriter.full().write(List.of(ANA, DEE, SAM), file);

        assertThat(new RosterReader().read(file)).containsExactly(ANA, DEE, SAM);
    }

    @Test
    void writesOneParticipantPerLine() throws Exception {
        Path file = dir.resolve("roster.json");

        RosterWriter.full().write(List.of(ANA, DEE), file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"participants\":[",
                "{\"id\":\"ana\",\"role\":\"mentor\",\"skillsOffered\":[\"go\",\"kubernetes\"],\"skillsWanted\":[],"
                        + "\"goals\":\"Share what \\\"on call\\\" taught me\",\"department\":\"Platform\",\"level\":7,"
                        + "\"timezone\":\"Europe/Berlin\",\"languages\":[\"en\",\"de\"],\"capacity\":2},",
                "{\"id\":\"dee\",\"role\":\"mentee\",\"skillsOffered\":[],\"skillsWanted\":[\"go\"],\"goals\":\"\","
                        + "\"department\":\"\",\"level\":3,\"timezone\":\"UTC\",\"languages\":[\"en\"],\"capacity\":0}",
                "]}");
    }

    @Test
    void theEdgeListFormKeepsIdRoleAndTheCapacityOfThoseWhoMentor() throws Exception {
        Path file = dir.resolve("roster.json");

        RosterWriter.forEdgeList().write(List.of(DEE, ANA, SAM), file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"participants\":[",
                "{\"id\":\"dee\",\"role\":\"mentee\"},",
                "{\"id\":\"ana\",\"role\":\"mentor\",\"capacity\":2},",
                "{\"id\":\"sam\",\"role\":\"both\",\"capacity\":1}",
                "]}");
        assertThat(new RosterReader().read(file))
                .extracting(p -> p.profile().role(), p -> p.profile().mentorCapacity())
                .containsExactly(tuple(Role.MENTEE, 0), tuple(Role.MENTOR, 2), tuple(Role.BOTH, 1));
    }

    /** A participant as {@link RosterReader} makes one: named by its id, active, on the program's cadence. */
    private static Participant person(String id, Role role, List<String> offered, List<String> wanted, String goals,
            String department, int level, String zone, List<String> languages, int capacity) {
        Profile profile = new Profile(id, role, offered, wanted, goals, department, level, ZoneId.of(zone), languages,
                capacity, Cadence.PROGRAM);
        return new Participant(new ParticipantId(id), profile, ParticipantStatus.ACTIVE, Instant.EPOCH);
    }
}
