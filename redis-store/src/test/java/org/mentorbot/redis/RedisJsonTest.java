package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.people.WorkingStyle;

class RedisJsonTest {

    private static final Instant AT = Instant.parse("2026-07-01T08:30:15.123456789Z");
    private static final ParticipantId ADA = new ParticipantId("slack:U0ADA");
    private static final ParticipantId BOB = new ParticipantId("teams:bob");

    private final RedisJson json = new RedisJson();

    @Test
    void aLongListReadsInItsOwnOrderAndACorruptValueInItStillNamesTheKey() {
        List<String> stored = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(k -> json.write(new Participant(new ParticipantId("slack:U" + k), new Profile("Person " + k, Role.MENTEE,
                        List.of(), List.of("skill" + k % 7), "", "", 1, ZoneId.of("UTC"), List.of("en"), 0, Cadence.PROGRAM),
                        ParticipantStatus.ACTIVE, AT)))
                .toList();

        List<Participant> read = json.readAll(stored, Participant.class, "mb:participants");

        assertThat(read).extracting(p -> p.id().value()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 5_000).mapToObj(k -> "slack:U" + k).toList());
        List<String> corrupt = new java.util.ArrayList<>(stored);
        corrupt.set(4_321, "{not json");
        assertThatThrownBy(() -> json.readAll(corrupt, Participant.class, "mb:participants"))
                .isInstanceOf(IllegalStateException.class).hasStackTraceContaining("the value at Redis key mb:participants is not a valid Participant");
    }

    static Stream<Record> records() {
        Profile profile = new Profile("Ada \"Countess\" Lovelace", Role.BOTH, List.of("maths", "engines"),
                List.of("poetry"), "Write the first program", "R&D", 9, ZoneId.of("Europe/London"),
                List.of("en", "fr"), 3, Cadence.WEEKLY,
                new WorkingStyle(WorkingStyle.Meeting.IN_PERSON, null, WorkingStyle.Communication.REFLECTIVE));
        Pairing open = new Pairing(new PairId("pair-1"), ADA, BOB, PairingStatus.ACTIVE, AT, 17,
                List.of(MatchReason.of("reason.sharedSkills", "maths"), MatchReason.of("reason.none")),
                Duration.ofDays(14), AT.plus(Duration.ofDays(7)), null, 2, true, null);
        Pairing ended = open.withFeedbackDueAt(AT.plusSeconds(1)).ended(new Pairing.Ending(AT.plusNanos(1), BOB, "left"));
        CheckIn.Answer answer = new CheckIn.Answer(CheckInOutcome.NEED_HELP, BOB, AT.plusMillis(3));
        return Stream.of(
                new Participant(ADA, profile, ParticipantStatus.PAUSED, AT),
                open,
                ended,
                open.withCheckInFailures(3).withPollFailures(1),
                new CheckIn(new CheckInId("checkin-1"), open.id(), AT, null),
                new CheckIn(new CheckInId("checkin-2"), open.id(), AT, answer),
                answer,
                new Poll(new PollId("poll-1"), open.id(), AT),
                new FeedbackResponse(new PollId("poll-1"), BOB, 4, "ünïcødé, \"quotes\"\nand lines", AT));
    }

    @ParameterizedTest
    @MethodSource("records")
    void readsBackExactlyWhatItWrote(Record record) {
        String written = json.write(record);

        assertThat(json.read(written, record.getClass(), "key")).isEqualTo(record);
    }

    @ParameterizedTest
    @MethodSource("records")
    void writesTheRecordsComponentsAndNothingElse(Record record) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json.write(record));

        List<String> components = Arrays.stream(record.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(tree.fieldNames()).toIterable().containsExactlyElementsOf(components);
    }

    @Test
    void writesIdsInstantsAndDurationsAsPlainStrings() throws Exception {
        Pairing pairing = (Pairing) records().filter(Pairing.class::isInstance).findFirst().orElseThrow();

        JsonNode tree = new ObjectMapper().readTree(json.write(pairing));

        assertThat(tree.get("id").asText()).isEqualTo("pair-1");
        assertThat(tree.get("mentor").asText()).isEqualTo("slack:U0ADA");
        assertThat(tree.get("mentee").asText()).isEqualTo("teams:bob");
        assertThat(tree.get("startedAt").asText()).isEqualTo("2026-07-01T08:30:15.123456789Z");
        assertThat(tree.get("cadence").asText()).isEqualTo("PT336H");
    }

    @Test
    void readsAPairingStoredBeforeDeliveryFailuresWereCountedAsHavingNone() {
        String stored = """
                {"id":"pair-1","mentor":"slack:U0ADA","mentee":"teams:bob","status":"ACTIVE",\
                "startedAt":"2026-07-01T08:30:15Z","score":17,"reasons":[{"key":"reason.none","args":[]}],\
                "cadence":"PT336H","nextCheckInAt":"2026-07-08T08:30:15Z","feedbackDueAt":null,\
                "notYetStreak":2,"stalled":true,"ending":null}""";

        Pairing read = json.read(stored, Pairing.class, "key");

        assertThat(read).isEqualTo(new Pairing(new PairId("pair-1"), ADA, BOB, PairingStatus.ACTIVE,
                Instant.parse("2026-07-01T08:30:15Z"), 17, List.of(MatchReason.of("reason.none")), Duration.ofDays(14),
                Instant.parse("2026-07-08T08:30:15Z"), null, 2, true, null));
        assertThat(read.checkInFailures()).isZero();
        assertThat(read.pollFailures()).isZero();
    }

    @Test
    void readsAProfileStoredBeforeWorkingStylesAsHavingNoPreferences() {
        String stored = """
                {"id":"slack:U0ADA","profile":{"displayName":"Ada","role":"MENTEE","skillsOffered":[],\
                "skillsWanted":["go"],"goals":"","department":"R&D","level":3,"timezone":"Europe/London",\
                "languages":["en"],"capacity":0,"cadence":"PROGRAM"},"status":"ACTIVE","joinedAt":"2026-07-01T08:30:15Z"}""";

        Participant read = json.read(stored, Participant.class, "key");

        assertThat(read.profile().workingStyle()).isEqualTo(WorkingStyle.NONE);
        assertThat(read.profile().skillsWanted()).containsExactly("go");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        String stored = "{\"id\":\"poll-1\",\"pair\":\"pair-1\",\"sentAt\":\"2026-07-01T08:30:15Z\",\"extra\":true}";

        assertThat(json.read(stored, Poll.class, "key"))
                .isEqualTo(new Poll(new PollId("poll-1"), new PairId("pair-1"), Instant.parse("2026-07-01T08:30:15Z")));
    }

    @Test
    void aCorruptValueIsReportedWithItsKey() {
        assertThatThrownBy(() -> json.read("{\"id\":\" \"}", Poll.class, "mentorbot:v1:poll:x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mentorbot:v1:poll:x")
                .hasMessageContaining("Poll");
    }
}
