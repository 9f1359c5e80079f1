package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.testkit.Conversation;

/**
 * A preview or a round with more pairs than a chat message should list: the message lists the
 * first {@link Reply#LISTED} and says how many there are; a CSV file holds every one.
 */
class LongMatchListsTest {

    final Conversation chat = new Conversation();

    @Test
    void aLongPreviewListsTheFirstPairsAndSendsEveryPairAndEveryWaitingMenteeAsAFile() {
        enrol(55, 25);

        Reply preview = chat.send(admin(), "match preview");

        assertThat(preview.fallback()).contains("25 pairs, 5 waiting",
                "Listed here: 20 of 25 pairs and 5 of 5 waiting. The whole list is in mentorbot-match-preview.csv.",
                "File mentorbot-match-preview.csv: 30 rows.");
        List<Block.Field> fields = fields(preview);
        assertThat(fields.stream().filter(f -> f.label().contains(" → "))).hasSize(Reply.LISTED);
        assertThat(fields.stream().filter(f -> f.label().endsWith("would wait"))).hasSize(5);

        Block.Document file = document(preview);
        assertThat(file.filename()).isEqualTo(MatchingFlow.PREVIEW_FILE);
        assertThat(file.mediaType()).isEqualTo("text/csv");
        List<String> lines = Arrays.asList(file.content().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("outcome,mentor,mentor_id,mentee,mentee_id,score,why");
        assertThat(lines).hasSize(1 + 30);
        assertThat(lines.subList(1, 26)).allSatisfy(line -> assertThat(line).startsWith("pair,Mentor "));
        assertThat(lines.subList(26, 31)).allSatisfy(line -> assertThat(line).startsWith("waits,,,Mentee "));
        assertThat(lines.get(1)).contains(",slack:UMENTOR", ",slack:UMENTEE", "rust");
        assertThat(lines.get(1).split(",")[5]).matches("\\d+");
        for (Block.Field pair : fields.stream().filter(f -> f.label().contains(" → ")).toList()) {
            String[] names = pair.label().replaceAll(" \\(score \\d+\\)$", "").split(" → ");
            assertThat(lines).as("every pair the message lists is in the file").anySatisfy(line ->
                    assertThat(line).startsWith("pair," + names[0] + ",").contains("," + names[1] + ","));
        }
        assertThat(preview.fallback()).as("the fallback names the file, it does not carry it")
                .doesNotContain("outcome,mentor");
        assertThat(chat.messenger.all()).as("a preview sends nothing").isEmpty();
    }

    @Test
    void aShortPreviewListsEverythingAndSendsNoFile() {
        enrol(10, 4);

        Reply preview = chat.send(admin(), "match preview");

        assertThat(preview.fallback()).contains("4 pairs, 2 waiting").doesNotContain("Listed here", ".csv");
        assertThat(fields(preview)).hasSize(6);
        assertThat(preview.blocks()).noneMatch(Block.Document.class::isInstance);
    }

    @Test
    void aLongRoundListsTheFirstNewPairsAndSendsEveryNewPairAsAFile() {
        enrol(48, 24);

        Reply round = chat.send(admin(), "match");

        assertThat(round.fallback()).contains("24 new pairs introduced, 0 mentees waiting",
                "Listed here: 20 of 24 new pairs.", "mentorbot-match-round.csv");
        assertThat(fields(round)).hasSize(Reply.LISTED);
        Block.Document file = document(round);
        assertThat(file.filename()).isEqualTo(MatchingFlow.ROUND_FILE);
        List<String> lines = Arrays.asList(file.content().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("mentor,mentor_id,mentee,mentee_id,score,why,not_reached");
        assertThat(lines).hasSize(1 + 24);
        assertThat(lines.subList(1, 25)).allSatisfy(line -> assertThat(line).startsWith("Mentor ").endsWith(","));
        assertThat(chat.messenger.all()).as("every pair was introduced").hasSize(24);
    }

    /** {@code people} people, the first {@code mentors} of them mentors of one mentee each, the rest mentees; all on rust. */
    private void enrol(int people, int mentors) {
        for (int i = 0; i < people; i++) {
            boolean mentor = i < mentors;
            Actor who = person((mentor ? "UMENTOR" : "UMENTEE") + i, (mentor ? "Mentor " : "Mentee ") + i);
            Reply welcome = chat.join(who, mentor
                    ? Map.of("role", "mentor", "skillsOffered", "rust", "level", "6", "department", "Engineering",
                    "timezone", "Europe/Berlin", "capacity", "1")
                    : Map.of("role", "mentee", "skillsWanted", "rust", "level", "2", "department", "Product",
                    "timezone", "Europe/Lisbon"));
            assertThat(welcome.fallback()).contains("Welcome to the mentoring program");
        }
    }

    private static List<Block.Field> fields(Reply reply) {
        return reply.blocks().stream().filter(Block.Fields.class::isInstance)
                .flatMap(b -> ((Block.Fields) b).fields().stream()).toList();
    }

    private static Block.Document document(Reply reply) {
        return reply.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow();
    }
}
