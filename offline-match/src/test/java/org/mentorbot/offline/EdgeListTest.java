package org.mentorbot.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.matching.PairList;

/** EDGES.csv read byte by byte must mean exactly what it means read line by line as text. */
class EdgeListTest {

    private static final String ROSTER = """
            {"participants": [
              {"id": "m1", "role": "mentor", "capacity": 1},
              {"id": "m2", "role": "mentor", "capacity": 2},
              {"id": "b1", "role": "both", "capacity": 1},
              {"id": "e1", "role": "mentee"},
              {"id": "e2", "role": "mentee"},
              {"id": "élodie", "role": "mentee"}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void everyLineEndSpacesAroundFieldsSignsAndLeadingZerosReadAsText() throws Exception {
        EdgeList edges = read("mentee_id, mentor_id, score\r\n e1 , m1 , +10 \r\re2,m2,007\n\n\t\nb1,b1,5\nélodie,b1,-3");

        assertThat(triples(edges.pairs())).containsExactly("1-0-10", "2-1-7", "3-2--3");
        assertThat(edges.selfEdges()).isEqualTo(1);
    }

    @Test
    void aLineLongerThanOneReadIsStillOneLine() throws Exception {
        EdgeList edges = read("e1,m1,1\n" + " ".repeat(200_000) + "e2,m2,2" + " ".repeat(100_000) + "\r\ne2,m1,3\r");

        assertThat(triples(edges.pairs())).containsExactly("1-0-1", "2-1-2", "2-0-3");
    }

    @Test
    void aDuplicateNamesBothLinesAcrossBlankLinesAndEveryKindOfLineEnd() {
        assertThatThrownBy(() -> read("e1,m1,1\r\n\r\ne2,m1,2\rb1,m2,1\n\ne1,m2,4\ne1,m1,3\n"))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((BadInputException) e).describe())
                .asString().endsWith(":7: the same mentee and mentor again (first on line 1)");
    }

    @Test
    void aScoreBeyondAnIntIsNotAWholeNumber() {
        assertThatThrownBy(() -> read("e1,m1,7\ne2,m1,2147483648\n"))
                .extracting(e -> ((BadInputException) e).describe())
                .asString().endsWith(":2: score must be a whole number, was \"2147483648\"");
    }

    @Test
    void anUnknownIdAndAWrongRoleAreNamedWithTheirLine() {
        assertThatThrownBy(() -> read("e1,m1,7\n\ne2,m9,2\n"))
                .extracting(e -> ((BadInputException) e).describe())
                .asString().endsWith(":3: unknown mentor id \"m9\" (not in the roster)");
        assertThatThrownBy(() -> read("e1,m1,7\nm1,e1,2\n"))
                .extracting(e -> ((BadInputException) e).describe())
                .asString().endsWith(":2: \"m1\" is not a mentee (role mentor)");
    }

    @Test
    void badBytesCannotBeRead() {
        assertThatThrownBy(() -> read(new byte[] {'e', '1', ',', 'm', '1', ',', '1', '\n', 'e', (byte) 0xC3, ',', 'm', '1', ',', '2'}))
                .extracting(e -> ((BadInputException) e).describe())
                .asString().contains(": cannot read: ");
    }

    private EdgeList read(String edges) throws IOException, BadInputException {
        return read(edges.getBytes(StandardCharsets.UTF_8));
    }

    private EdgeList read(byte[] edges) throws IOException, BadInputException {
        Path roster = Files.writeString(dir.resolve("roster.json"), ROSTER);
        Path file = Files.write(dir.resolve("edges.csv"), edges);
        return new EdgeMatching(new RosterReader().read(roster)).read(file);
    }

    private static List<String> triples(PairList pairs) {
        List<String> triples = new ArrayList<>();
        for (int e = 0; e < pairs.size(); e++) {
            triples.add(pairs.mentees()[e] + "-" + pairs.mentors()[e] + "-" + pairs.scores()[e]);
        }
        return triples;
    }
}
