package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application with Slack over HTTP, its Web API pointed at a {@link FakeSlackApi}, and
 * a person's gestures as signed Slack requests: a slash command, a click, a modal sent back,
 * the App Home opened. Subclasses share one application and one fake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.slack.bot-token=xoxb-test-token",
        "mentorbot.slack.signing-secret=" + SlackEndToEnd.SECRET,
        "mentorbot.admins=slack:UADMIN",
        "mentorbot.program.working-hours-only=false"})
abstract class SlackEndToEnd {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final FakeSlackApi SLACK = startFake();
    private static final AtomicInteger IDS = new AtomicInteger();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtFake(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.slack.api-url", SLACK::apiUrl);
    }

    SlackRequests requests() {
        return new SlackRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
    }

    /** A request sent, with the response url and trigger id Slack gave it. */
    record Sent(HttpResponse<String> response, String responseUrl, String triggerId) {
        JsonNode json() {
            try {
                return FakeSlackApi.JSON.readTree(response.body());
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }
    }

    static String unique(String prefix) {
        return prefix + IDS.incrementAndGet();
    }

    SlackRequests.Body commandBody(String user, String text, String channel) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("user_id", user);
        values.put("user_name", user.toLowerCase());
        values.put("text", text);
        values.put("channel_id", channel);
        values.put("channel_name", "general");
        values.put("response_url", SLACK.responseUrl(unique("cmd")));
        values.put("trigger_id", unique("13345224609.738474920.") + "8a4");
        return SlackRequests.slashCommand(values);
    }

    Sent command(String user, String text) {
        return command(user, text, "D" + user);
    }

    Sent command(String user, String text, String channel) {
        SlackRequests.Body body = commandBody(user, text, channel);
        Map<String, String> form = FakeSlackApi.form(body.text());
        return new Sent(requests().send(body), form.get("response_url"), form.get("trigger_id"));
    }

    SlackRequests.Body clickBody(String user, String actionId, String value, String channel, String messageTs) {
        return SlackRequests.interaction("block-actions.json", Map.of("user_id", user, "user_name", user.toLowerCase(),
                "action_id", actionId, "value", value, "channel_id", channel, "message_ts", messageTs,
                "response_url", SLACK.responseUrl(unique("act")), "trigger_id", unique("trigger.click."),
                "action_ts", "1700000000." + IDS.incrementAndGet()));
    }

    Sent click(String user, String actionId, String value, String channel, String messageTs) {
        SlackRequests.Body body = clickBody(user, actionId, value, channel, messageTs);
        JsonNode payload = payloadOf(body);
        return new Sent(requests().send(body), payload.path("response_url").asText(), payload.path("trigger_id").asText());
    }

    Sent clickInHome(String user, String actionId, String value) {
        SlackRequests.Body body = SlackRequests.interaction("block-actions-home.json", Map.of("user_id", user,
                "user_name", user.toLowerCase(), "action_id", actionId, "value", value, "view_id", unique("VHOME"),
                "view_hash", unique("hash."), "trigger_id", unique("trigger.home."), "action_ts", "1700000001." + IDS.incrementAndGet()));
        return new Sent(requests().send(body), "", payloadOf(body).path("trigger_id").asText());
    }

    SlackRequests.Body joinBody(String user, Map<String, String> fields) {
        return joinBody(user, fields, "");
    }

    /** The join form sent back, carrying {@code context} as the modal's private metadata (a program's join form carries its slug). */
    SlackRequests.Body joinBody(String user, Map<String, String> fields, String context) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("role", "mentee", "skills_offered", "", "skills_wanted", "",
                "goals", "", "department", "", "level", "3", "timezone", "UTC", "languages", "en", "capacity", "1"));
        values.put("cadence", "program");
        values.putAll(fields);
        values.put("user_id", user);
        values.put("user_name", user.toLowerCase());
        values.put("trigger_id", unique("trigger.join."));
        values.put("view_id", unique("VJOIN"));
        values.put("context", context);
        return SlackRequests.interaction("view-submission-join.json", values);
    }

    Sent submitJoin(String user, Map<String, String> fields) {
        return new Sent(requests().send(joinBody(user, fields)), "", "");
    }

    Sent submitFeedback(String user, String pollId, String rating, String comment) {
        return new Sent(requests().send(SlackRequests.interaction("view-submission-feedback.json", Map.of("user_id", user,
                "user_name", user.toLowerCase(), "trigger_id", unique("trigger.fb."), "view_id", unique("VFB"),
                "context", pollId, "rating", rating, "comment", comment))), "", "");
    }

    SlackRequests.Body homeOpened(String user, String eventId) {
        return SlackRequests.event(Map.of("user_id", user, "event_id", eventId, "event_ts", "1700000002.000100"));
    }

    /** Opens the form with {@code /mentor join}, checks the modal Slack was asked to open, and sends it back filled in. */
    JsonNode join(String user, Map<String, String> fields) {
        Sent opened = command(user, "join");
        assertThat(opened.response().statusCode()).isEqualTo(200);
        FakeSlackApi.Call modal = awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId()));
        assertThat(modal.json("view").path("callback_id").asText()).isEqualTo("form.join");
        Sent submitted = submitJoin(user, fields);
        assertThat(submitted.response().statusCode()).isEqualTo(200);
        return submitted.json();
    }

    static JsonNode payloadOf(SlackRequests.Body body) {
        try {
            String json = java.net.URLDecoder.decode(body.text().substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
            return FakeSlackApi.JSON.readTree(json);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** Waits (bounded) for exactly one matching call and returns it. */
    static FakeSlackApi.Call awaitOne(String method, java.util.function.Predicate<FakeSlackApi.Call> which) {
        List<FakeSlackApi.Call> found = await(() -> SLACK.calls(method, which), l -> !l.isEmpty(), method);
        assertThat(found).as("calls to %s", method).hasSize(1);
        return found.get(0);
    }

    static List<FakeSlackApi.Call> responsesTo(String responseUrl) {
        String id = responseUrl.substring(responseUrl.indexOf("/respond/") + 1);
        return SLACK.calls(id);
    }

    static FakeSlackApi.Call awaitResponse(String responseUrl) {
        List<FakeSlackApi.Call> found = await(() -> responsesTo(responseUrl), l -> !l.isEmpty(), "answer at " + responseUrl);
        return found.get(0);
    }

    /**
     * Waits up to 30 s: the bot paces its calls to Slack by each method's rate-limit tier, so on a
     * loaded machine a message can queue behind the calls the same class made before it.
     */
    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(25));
            value = probe.get();
        }
        assertThat(done.test(value)).as("waited for " + what).isTrue();
        return value;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every piece of text the bot showed anyone that Slack parses for mentions and links: message
     * text, mrkdwn in blocks, modals and home views, response_url answers. Plain-text objects
     * (headers, labels, buttons) are left out: Slack never parses them.
     */
    static List<String> everythingShown() {
        List<String> shown = new ArrayList<>();
        for (FakeSlackApi.Call call : SLACK.calls()) {
            if (call.method().startsWith("respond/")) {
                collectTexts(call.json(null), shown);
            } else {
                shown.add(call.param("text"));
                for (String param : List.of("blocks", "view")) {
                    if (!call.param(param).isEmpty()) {
                        collectTexts(call.json(param), shown);
                    }
                }
            }
        }
        return shown;
    }

    static void collectTexts(JsonNode node, List<String> into) {
        if (node.isObject() && node.path("type").asText().equals("plain_text")) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    into.add(e.getValue().asText());
                } else {
                    collectTexts(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectTexts(n, into));
        }
    }

    private static FakeSlackApi startFake() {
        try {
            return new FakeSlackApi();
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }
}
