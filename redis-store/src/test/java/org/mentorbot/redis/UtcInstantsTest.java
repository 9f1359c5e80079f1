package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.people.ParticipantId;

class UtcInstantsTest {

    private final RedisJson json = new RedisJson();

    @Test
    void readsWhatTheJdkReadsForInstantsWrittenWithEveryLengthOfFraction() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), k % 4 == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = DateTimeFormatter.ISO_INSTANT.format(written);

            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T23:59:59Z", "2026-07-01T08:30:15.1Z", "2026-07-01T08:30:15.12Z", "2026-07-01T08:30:15.1234Z",
            "1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.000000001Z"})
    void readsTheFractionsAndDaysAtTheEdgesAsTheJdkDoes(String text) {
        assertThat(UtcInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01T10:30:15+02:00", "+10000-01-01T00:00:00Z", "2026-07-01T08:30:15.Z", "2026-07-01 08:30:15Z",
            "2026-07-01T08:30Z", "2026-07-01T08:30:15.1234567890Z", "2016-12-31T23:59:60Z", "2026-07-01T24:00:00Z",
            "2026-07-01T08:30:1xZ"})
    void leavesEveryOtherFormToJacksonsOwnReader(String text) {
        assertThat(UtcInstants.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T08:30:15Z", "2026-13-01T08:30:15Z", "2026-04-31T08:30:15Z",
            "2026-07-01T08:60:15Z", "2026-07-00T08:30:15Z"})
    void namesNoInstantForADayOrTimeThatDoesNotExist(String text) {
        assertThat(UtcInstants.parse(text)).isNull();
        assertThatThrownBy(() -> json.read(answerAt("\"" + text + "\""), CheckIn.Answer.class, "mb:answer"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the value at Redis key mb:answer is not a valid Answer");
    }

    @Test
    void anOffsetOrANumberStillReadsThroughJacksonsOwnReader() {
        assertThat(json.read(answerAt("\"2026-07-01T10:30:15+02:00\""), CheckIn.Answer.class, "key").at())
                .isEqualTo(Instant.parse("2026-07-01T08:30:15Z"));
        assertThat(json.read(answerAt("1782894615.5"), CheckIn.Answer.class, "key").at())
                .isEqualTo(Instant.ofEpochSecond(1_782_894_615L, 500_000_000));
    }

    @Test
    void aStoredAnswerReadsBackWithItsNanoseconds() {
        CheckIn.Answer answer = new CheckIn.Answer(CheckInOutcome.MET, new ParticipantId("slack:U0ADA"), Instant.parse("2026-07-01T08:30:15.000000450Z"));

        assertThat(json.read(json.write(answer), CheckIn.Answer.class, "key")).isEqualTo(answer);
    }

    private static String answerAt(String at) {
        return "{\"outcome\":\"MET\",\"by\":\"slack:U0ADA\",\"at\":" + at + "}";
    }
}
