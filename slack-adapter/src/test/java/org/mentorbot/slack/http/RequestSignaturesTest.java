package org.mentorbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.people.StoreUnavailableException;

class RequestSignaturesTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = 1_700_000_000L;
    static final byte[] BODY = "command=%2Fmentor&user_id=U1&text=help".getBytes(StandardCharsets.UTF_8);

    final Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    final RequestSignatures signatures = new RequestSignatures(SECRET, clock, new InMemorySeenEvents(clock));

    @ParameterizedTest(name = "sent at now {0} s")
    @CsvSource({"0, FRESH", "-300, FRESH", "300, FRESH", "-301, REFUSED", "301, REFUSED", "31536000, REFUSED"})
    void theWindowIsFiveMinutesEitherSideOfNow(long offset, RequestSignatures.Verdict expected) {
        String timestamp = String.valueOf(NOW + offset);

        assertThat(signatures.check(timestamp, sign(timestamp, BODY), BODY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "timestamp {0}")
    @CsvSource({"9223372036854775", "9223372036854775807", "-1700000000", "1700000000.5", "'  1700000000'", "''", "0x6553F100"})
    void aTimestampThatIsNotSecondsNearNowIsRefused(String timestamp) {
        assertThat(signatures.check(timestamp, sign(timestamp, BODY), BODY)).isEqualTo(RequestSignatures.Verdict.REFUSED);
    }

    @Test
    void theSameSignatureCountsOnce() {
        String timestamp = String.valueOf(NOW);
        String signature = sign(timestamp, BODY);

        assertThat(signatures.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.FRESH);
        assertThat(signatures.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.REPLAYED);
    }

    @Test
    void aWrongOrMissingSignatureIsRefused() {
        String timestamp = String.valueOf(NOW);

        assertThat(signatures.check(timestamp, sign(timestamp, "other".getBytes(StandardCharsets.UTF_8)), BODY))
                .isEqualTo(RequestSignatures.Verdict.REFUSED);
        assertThat(signatures.check(timestamp, null, BODY)).isEqualTo(RequestSignatures.Verdict.REFUSED);
        assertThat(signatures.check(null, sign(timestamp, BODY), BODY)).isEqualTo(RequestSignatures.Verdict.REFUSED);
        assertThat(signatures.check(timestamp, sign(timestamp, BODY).toUpperCase(), BODY)).isEqualTo(RequestSignatures.Verdict.REFUSED);
    }

    @Test
    void whenTheStoreIsDownThisNodeStillRefusesAReplay() {
        RequestSignatures withoutStore = new RequestSignatures(SECRET, clock, new StoreDown());
        String timestamp = String.valueOf(NOW);
        String signature = sign(timestamp, BODY);

        assertThat(withoutStore.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.FRESH);
        assertThat(withoutStore.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.REPLAYED);
    }

    @Test
    void aSignatureTakenBackAfterItsRequestFailedIsFreshOnceMore() {
        String timestamp = String.valueOf(NOW);
        String signature = sign(timestamp, BODY);

        signatures.take(timestamp, signature, BODY).takeBack();

        assertThat(signatures.check(timestamp, signature, BODY)).as("Slack's retry, the same signature")
                .isEqualTo(RequestSignatures.Verdict.FRESH);
        assertThat(signatures.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.REPLAYED);
    }

    @Test
    void aReplayTakenBackLeavesTheFirstUseInPlace() {
        String timestamp = String.valueOf(NOW);
        String signature = sign(timestamp, BODY);
        signatures.check(timestamp, signature, BODY);

        signatures.take(timestamp, signature, BODY).takeBack();

        assertThat(signatures.check(timestamp, signature, BODY)).isEqualTo(RequestSignatures.Verdict.REPLAYED);
    }

    /** Seen events in a store that cannot answer. */
    private static final class StoreDown implements SeenEvents {

        @Override
        public Optional<Mark> mark(String eventKey, Duration ttl) {
            throw new StoreUnavailableException("Redis is down", null);
        }

        @Override
        public void forget(Mark mark) {
            throw new StoreUnavailableException("Redis is down", null);
        }
    }

    static String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
