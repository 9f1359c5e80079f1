package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Correctly signed requests of the wrong shape — the families a probe of the running jar answered
 * with 500 — are a 400 with the reason (or Slack's empty 200 for what the bot does not serve),
 * never a 5xx, never an ERROR line, and never a log line with the body or its verification token.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackMalformedIT extends SlackEndToEnd {

    static final String TOKEN = "gIkuvaNzQIHg97ATvDxqgjtO";

    static Stream<Arguments> families() {
        return Arrays.stream(SlackRequests.fixture("malformed.txt").split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|", 4))
                .map(f -> Arguments.of(f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(), f[3].strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("families")
    void aSignedRequestOfTheWrongShapeIsRefusedWithoutA5xx(String what, int expected, String how, String body, CapturedOutput log) {
        HttpResponse<String> answer = requests().send(body(how, body));

        assertThat(answer.statusCode()).as(what).isEqualTo(expected);
        assertQuiet(log);
    }

    @Test
    void invalidUtf8BytesInAJsonBodyAreA400(CapturedOutput log) {
        byte[] start = ("{\"token\":\"" + TOKEN + "\",\"type\":\"event_callback\",\"event\":{\"type\":\"app_home_opened\",\"user\":\"U")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\",\"tab\":\"home\"}}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[start.length + 2 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC3;
        body[start.length + 1] = (byte) 0x28;
        System.arraycopy(end, 0, body, start.length + 2, end.length);

        assertThat(requests().sendBytes(body, SlackRequests.JSON).statusCode()).isEqualTo(400);
        assertQuiet(log);
    }

    @Test
    void jsonNestedDeeperThanGsonReadsIsA400(CapturedOutput log) {
        String deep = "[".repeat(300) + "]".repeat(300);
        String event = "{\"token\":\"" + TOKEN + "\",\"type\":\"event_callback\",\"deep\":" + deep
                + ",\"event\":{\"type\":\"app_home_opened\",\"user\":\"U0DEEP\",\"tab\":\"home\"}}";
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0DEEP\"},\"x\":" + deep
                + ",\"actions\":[{\"action_id\":\"checkin.met\",\"value\":\"c1\"}]}";

        assertThat(requests().send(new SlackRequests.Body(event, SlackRequests.JSON)).statusCode()).isEqualTo(400);
        assertThat(requests().send(body("payload", payload)).statusCode()).isEqualTo(400);
        assertThat(requests().send(body("payload", "{\"a\":".repeat(256) + "1" + "}".repeat(256))).statusCode()).isEqualTo(400);
        assertQuiet(log);
    }

    @Test
    void idsAreHeldToTheParticipantIdRule(CapturedOutput log) {
        String longest = "U" + "0".repeat(193);
        String tooLong = longest + "0";

        assertThat(requests().send(commandBody(longest, "help", "C0GENERAL")).statusCode()).isEqualTo(200);
        assertThat(requests().send(commandBody(tooLong, "help", "C0GENERAL")).statusCode()).isEqualTo(400);
        assertThat(requests().send(clickBody("U0IDS", "checkin.met", "c1", "C0" + "X".repeat(194), "1700000000.000100"))
                .statusCode()).isEqualTo(400);
        assertQuiet(log);
    }

    @Test
    void aBodyOverOneMebibyteIsA413(CapturedOutput log) {
        String huge = "token=" + TOKEN + "&command=%2Fmentor&user_id=U0HUGE&text=" + "a".repeat(1 << 20);

        assertThat(requests().send(new SlackRequests.Body(huge, SlackRequests.FORM)).statusCode()).isEqualTo(413);
        assertQuiet(log);
    }

    @Test
    void urlVerificationStillEchoesTheChallenge() {
        HttpResponse<String> answer = requests().send(new SlackRequests.Body(
                "{\"token\":\"" + TOKEN + "\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
                SlackRequests.JSON));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    static SlackRequests.Body body(String how, String body) {
        return switch (how) {
            case "form" -> new SlackRequests.Body(body, SlackRequests.FORM);
            case "payload" -> new SlackRequests.Body("payload=" + URLEncoder.encode(body, StandardCharsets.UTF_8), SlackRequests.FORM);
            case "json" -> new SlackRequests.Body(body, SlackRequests.JSON);
            default -> throw new IllegalArgumentException("unknown way to send: " + how);
        };
    }

    /** Nothing the client sent reached the log, and its mistake is no ERROR. */
    static void assertQuiet(CapturedOutput log) {
        assertThat(log.getOut() + log.getErr()).doesNotContain(TOKEN).doesNotContain(" ERROR ");
    }
}
