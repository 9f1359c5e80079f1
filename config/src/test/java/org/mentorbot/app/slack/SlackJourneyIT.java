package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The whole program in Slack, over signed HTTP requests against the real application: two
 * people join through the modal, an admin runs a matching round and the pair is introduced in
 * one group DM, the pair answers a check-in (a double click counts once), answers a feedback
 * poll (each partner gets their own), the admin reads the stats in a channel, and the App Home shows the pairing. Text typed
 * into the profile that looks like Slack markup reaches nobody as a mention or a link.
 */
class SlackJourneyIT extends SlackEndToEnd {

    static final String MENTOR = "UMENTOR1";
    static final String MENTEE = "UMENTEE1";
    static final String ADMIN = "UADMIN";
    static final List<String> INJECTIONS = List.of("<!channel>", "<!here>", "<@UEVIL>", "<http://evil.example|Click me>");

    @Test
    void theProgramRunsInSlack() {
        SLACK.person(MENTOR, "Ada <!here>", "Europe/Berlin");
        SLACK.person(MENTEE, "Grace", "America/New_York");

        joinWithTheSlackTimeZone();
        String group = matchAndIntroduceInOneGroupDm();
        checkInWithADoubleClick(group);
        answerAFeedbackPoll(group);
        statsInTheChannelForAdminsOnly();
        appHomeShowsThePairing();
        nothingTypedBecameAMentionOrLink();
    }

    private void joinWithTheSlackTimeZone() {
        Sent opened = command(MENTOR, "join");
        assertThat(opened.response().body()).isEmpty();
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId())).json("view");
        assertThat(modal.path("type").asText()).isEqualTo("modal");
        assertThat(inputInitial(modal, "timezone")).isEqualTo("Europe/Berlin");

        JsonNode welcome = new Sent(requests().send(joinBody(MENTOR, Map.of("role", "mentor",
                "skills_offered", "java, <!channel>, kotlin", "goals", "Share <@UEVIL> what I know <http://evil.example|Click me>",
                "department", "<!channel> Platform", "timezone", "Europe/Berlin"))), "", "").json();
        assertThat(welcome.path("response_action").asText()).isEqualTo("update");

        join(MENTEE, Map.of("role", "mentee", "skills_wanted", "java, <!channel>", "goals", "<!here> learn",
                "department", "<@UEVIL>", "timezone", "America/New_York"));
    }

    private String matchAndIntroduceInOneGroupDm() {
        Sent match = command(ADMIN, "match");
        assertThat(match.json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(awaitResponse(match.responseUrl()).body()).contains("1 new pair introduced");

        FakeSlackApi.Call opened = awaitOne("conversations.open", c -> c.param("users").contains(MENTOR));
        assertThat(List.of(opened.param("users").split(","))).containsExactlyInAnyOrder(MENTOR, MENTEE);
        String group = FakeSlackApi.groupOf(opened.param("users"));
        FakeSlackApi.Call intro = awaitOne("chat.postMessage", c -> c.param("channel").equals(group));
        assertThat(intro.param("text")).contains("Meet your mentoring partner", "&lt;!channel&gt;", "Ada &lt;!here&gt;");
        return group;
    }

    private void checkInWithADoubleClick(String group) {
        Sent nudge = command(ADMIN, "nudge");
        assertThat(awaitResponse(nudge.responseUrl()).body()).contains("Check-in sent to 1 pair");
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("channel").equals(group) && c.param("blocks").contains("checkin.met"));
        String checkIn = buttonValue(prompt.json("blocks"), "checkin.met");
        String ts = "1700000100.000200";

        SlackRequests.Body first = clickBody(MENTOR, "checkin.met", checkIn, group, ts);
        SlackRequests.Body second = clickBody(MENTOR, "checkin.met", checkIn, group, ts);
        long now = System.currentTimeMillis() / 1000;
        CompletableFuture<?> a = requests().sendAsync(first, requests().signedHeaders(first, now));
        CompletableFuture<?> b = requests().sendAsync(second, requests().signedHeaders(second, now));
        CompletableFuture.allOf(a, b).join();

        String url1 = payloadOf(first).path("response_url").asText();
        String url2 = payloadOf(second).path("response_url").asText();
        await(() -> responsesTo(url1).size() + responsesTo(url2).size(), n -> n >= 1, "the check-in answer");
        sleep(Duration.ofMillis(500));
        List<FakeSlackApi.Call> answers = new java.util.ArrayList<>(responsesTo(url1));
        answers.addAll(responsesTo(url2));
        assertThat(answers).hasSize(1);
        JsonNode answer = answers.get(0).json(null);
        assertThat(answer.path("replace_original").asBoolean()).isTrue();
        assertThat(answer.path("text").asText()).contains("answered: We met");
    }

    private void answerAFeedbackPoll(String group) {
        Sent poll = command(ADMIN, "poll");
        assertThat(awaitResponse(poll.responseUrl()).body()).contains("Feedback poll sent to 1 pair");
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("channel").equals(MENTEE) && c.param("blocks").contains("feedback.open"));
        awaitOne("chat.postMessage", c -> c.param("channel").equals(MENTOR) && c.param("blocks").contains("feedback.open"));
        String pollId = buttonValue(prompt.json("blocks"), "feedback.open");

        Sent open = click(MENTEE, "feedback.open", pollId, "D" + MENTEE, "1700000200.000300");
        assertThat(open.response().statusCode()).isEqualTo(200);
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(open.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.feedback");
        assertThat(modal.path("private_metadata").asText()).isEqualTo(pollId + "\n" + open.responseUrl());

        JsonNode rejected = submitFeedback(MENTEE, pollId, "9", "").json();
        assertThat(rejected.path("response_action").asText()).isEqualTo("errors");
        assertThat(rejected.path("errors").path("rating").asText()).contains("1 to 5");

        JsonNode thanked = submitFeedback(MENTEE, pollId, "5", "Very helpful <!channel>").json();
        assertThat(thanked.path("response_action").asText()).isEqualTo("update");
        assertThat(thanked.toString()).contains("Thank you for your feedback");
    }

    private void statsInTheChannelForAdminsOnly() {
        JsonNode stats = command(ADMIN, "stats", "C0GENERAL").json();
        assertThat(stats.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(stats.path("text").asText()).contains("Active pairs: 1", "Check-ins sent: 1", "Check-ins answered: 1",
                "Feedback responses: 1");

        JsonNode refused = command(MENTEE, "stats", "C0GENERAL").json();
        assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.path("text").asText()).startsWith("Only program admins");
    }

    private void appHomeShowsThePairing() {
        assertThat(requests().send(homeOpened(MENTOR, "Ev0HOME01")).statusCode()).isEqualTo(200);
        JsonNode home = awaitOne("views.publish", c -> c.param("user_id").equals(MENTOR)).json("view");
        assertThat(home.path("type").asText()).isEqualTo("home");
        assertThat(home.toString()).contains("Your mentee", "Grace", "Next check-in", "program.pause");

        Sent pause = clickInHome(MENTOR, "program.pause", "");
        assertThat(pause.response().statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> published = await(() -> SLACK.calls("views.publish", c -> c.param("user_id").equals(MENTOR)),
                l -> l.size() == 2, "the home view after pausing");
        assertThat(published.get(1).json("view").toString()).contains("Paused", "program.resume");
    }

    private void nothingTypedBecameAMentionOrLink() {
        List<String> shown = everythingShown();
        assertThat(shown).isNotEmpty();
        for (String text : shown) {
            for (String injection : INJECTIONS) {
                assertThat(text).doesNotContain(injection);
            }
        }
    }

    static String inputInitial(JsonNode view, String blockId) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("block_id").asText().equals(blockId)) {
                return block.path("element").path("initial_value").asText();
            }
        }
        return "";
    }

    static String buttonValue(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals(actionId)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + blocks);
    }
}
