package org.mentorbot.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.offline.CliRun.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineMatchCliTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aGoodRosterGivesAResultFileWithPairsReasonsAndProof() throws IOException {
        Path out = dir.resolve("result.json");

        CliRun run = CliRun.of("match", "--roster", resource("roster-good.json").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = json.readTree(out.toFile());
        assertThat(result.get("optimal").asBoolean()).isTrue();
        assertThat(texts(result.get("unmatched"))).contains("fay");
        long total = 0;
        for (JsonNode pair : result.get("pairs")) {
            assertThat(pair.get("mentor").asText()).isNotEqualTo(pair.get("mentee").asText());
            assertThat(pair.get("reasons")).isNotEmpty();
            total += pair.get("score").asLong();
        }
        assertThat(result.get("totalScore").asLong()).isEqualTo(total);
        assertThat(pairOf(result, "dee")).isEqualTo("ana");
        assertThat(texts(pairReasons(result, "dee"))).contains("Both work on kubernetes, go", "Common language: en");
        assertThat(run.out()).contains("proven optimal");
    }

    @Test
    void withAnEdgeListOnlyItsPairsAndScoresCountAndSelfEdgesAreDropped() throws IOException {
        Path out = dir.resolve("result.json");

        CliRun run = CliRun.of("match", "--roster", resource("roster-edges.json").toString(),
                "--edges", resource("edges-good.csv").toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("ignored 1 edge");
        JsonNode result = json.readTree(out.toFile());
        assertThat(result.get("pairs")).hasSize(4);
        assertThat(result.get("totalScore").asLong()).isEqualTo(16);
        assertThat(texts(result.get("unmatched"))).containsExactly("e4");
        assertThat(pairOf(result, "b1")).isEqualTo("m1");
        assertThat(result.get("optimal").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            roster-unknown-role.json      |                        | 3 | unknown role "coach"
            roster-duplicate-id.json      |                        | 4 | duplicate id "ana"
            roster-negative-capacity.json |                        | 3 | negative capacity -1
            roster-malformed.json         |                        | 3 | malformed JSON
            roster-edges.json             | edges-unknown-id.csv   | 3 | unknown mentee id "e9"
            roster-edges.json             | edges-not-a-mentee.csv | 2 | "m2" is not a mentee (role mentor)
            roster-edges.json             | edges-not-a-mentor.csv | 2 | "e3" is not a mentor (role mentee)
            roster-edges.json             | edges-malformed.csv    | 2 | expected mentee_id,mentor_id,score
            roster-edges.json             | edges-bad-score.csv    | 2 | score must be a whole number
            roster-edges.json             | edges-duplicate.csv    | 3 | the same mentee and mentor again (first on line 1)
            """)
    void badInputIsReportedWithFileAndLineAndWritesNothing(String roster, String edges, int line, String problem) {
        Path out = dir.resolve("result.json");
        List<String> args = new ArrayList<>(List.of("match", "--roster", resource(roster).toString(), "--out", out.toString()));
        if (edges != null) {
            args.addAll(List.of("--edges", resource(edges).toString()));
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        String file = edges != null ? edges : roster;
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":" + line + ": ").contains(problem);
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFileIsBadInput() {
        Path out = dir.resolve("result.json");

        CliRun run = CliRun.of("match", "--roster", dir.resolve("nowhere.json").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.json: no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputLeavesAnEarlierResultAlone() throws IOException {
        Path out = Files.writeString(dir.resolve("result.json"), "earlier");

        CliRun run = CliRun.of("match", "--roster", resource("roster-duplicate-id.json").toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("earlier");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            match
            match --roster r.json
            match --roster r.json --out
            match --roster r.json --out o.json --colour blue
            match --roster r.json --out o.json --date tomorrow
            """)
    void usageErrorsExitWithTwoAndShowTheUsage(String line) {
        CliRun run = CliRun.of(line.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("usage: match --roster ROSTER.json");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String pairOf(JsonNode result, String mentee) {
        Set<String> mentors = new HashSet<>();
        for (JsonNode pair : result.get("pairs")) {
            if (pair.get("mentee").asText().equals(mentee)) {
                mentors.add(pair.get("mentor").asText());
            }
        }
        assertThat(mentors).hasSize(1);
        return mentors.iterator().next();
    }

    private static JsonNode pairReasons(JsonNode result, String mentee) {
        for (JsonNode pair : result.get("pairs")) {
            if (pair.get("mentee").asText().equals(mentee)) {
                return pair.get("reasons");
            }
        }
        throw new AssertionError("no pair for " + mentee);
    }
}
