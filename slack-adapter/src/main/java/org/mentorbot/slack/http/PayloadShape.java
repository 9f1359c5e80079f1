package org.mentorbot.slack.http;

import static org.mentorbot.slack.http.PayloadFields.array;
import static org.mentorbot.slack.http.PayloadFields.asObject;
import static org.mentorbot.slack.http.PayloadFields.id;
import static org.mentorbot.slack.http.PayloadFields.ids;
import static org.mentorbot.slack.http.PayloadFields.json;
import static org.mentorbot.slack.http.PayloadFields.object;
import static org.mentorbot.slack.http.PayloadFields.text;
import static org.mentorbot.slack.http.PayloadFields.url;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.slack.api.app_backend.events.payload.AppHomeOpenedPayload;
import com.slack.api.app_backend.events.payload.UserChangePayload;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed request to {@code /slack/events} must look like before Bolt reads it. Bolt parses
 * with Gson and calls {@code getAsJsonObject()}, {@code getAsString()} and typed binding on
 * whatever came, so a payload of the wrong shape ({@code payload=null}, {@code "event":null},
 * {@code "user":"U1"}, JSON nested past Gson's 255 levels) throws before any handler runs. Here
 * every field Bolt or the bot reads is checked to be there and of its kind, every id held to
 * {@link SlackIds}, and the answer is a sentence for a 400 instead. Requests Slack may send that
 * the bot does not serve (other event types, view_closed, shortcuts) are {@link Kind#NOT_SERVED}:
 * acknowledged with an empty 200, as Slack expects.
 */
final class PayloadShape {

    /** The kinds of request the endpoint tells apart. */
    enum Kind { COMMAND, INTERACTION, EVENT, URL_VERIFICATION, SSL_CHECK, NOT_SERVED }

    /** A body checked: its kind and text when well-formed, else what is wrong with it. */
    record Checked(Kind kind, String text, Optional<String> problem) {
        static Checked ok(Kind kind, String text) {
            return new Checked(kind, text, Optional.empty());
        }

        static Checked bad(String problem) {
            return new Checked(null, "", Optional.of(problem));
        }
    }

    private static final int MAX_TEXT = 4000;
    static final int MAX_VALUE = 2000;
    private static final int MAX_METADATA = 3000;

    private PayloadShape() {
    }

    static Checked check(byte[] body) {
        Optional<String> text = SlackForm.utf8(body);
        if (text.isEmpty()) {
            return Checked.bad("the body is not UTF-8");
        }
        String stripped = text.get().strip();
        if (stripped.isEmpty()) {
            return Checked.bad("the body is empty");
        }
        try {
            char first = stripped.charAt(0);
            Kind kind = first == '{' || first == '[' ? eventBody(json(stripped), stripped) : form(stripped);
            return Checked.ok(kind, text.get());
        } catch (Malformed malformed) {
            return Checked.bad(malformed.getMessage());
        }
    }

    private static Kind form(String body) {
        Map<String, String> fields = SlackForm.fields(body).orElseThrow(() -> new Malformed("the body is not a well-formed form"));
        if (fields.containsKey("payload")) {
            return interaction(json(fields.get("payload")));
        }
        if (fields.containsKey("command")) {
            return command(fields);
        }
        if ("1".equals(fields.get("ssl_check"))) {
            return Kind.SSL_CHECK;
        }
        throw new Malformed("the form is neither a command, an interaction nor an ssl_check");
    }

    private static Kind command(Map<String, String> form) {
        JsonObject fields = new JsonObject();
        form.forEach(fields::addProperty);
        String command = text(fields, "command", 64).orElse("");
        if (!command.startsWith("/") || command.length() < 2) {
            throw new Malformed("command must be a slash command such as /mentor");
        }
        id(fields, "user_id", true);
        text(fields, "user_name", 255);
        text(fields, "text", MAX_TEXT);
        for (String optional : new String[] {"channel_id", "team_id", "enterprise_id", "api_app_id", "trigger_id"}) {
            id(fields, optional, false);
        }
        url(fields, "response_url");
        return Kind.COMMAND;
    }

    private static Kind interaction(JsonObject payload) {
        String type = text(payload, "type", 64).orElseThrow(() -> new Malformed("the payload has no type"));
        switch (type) {
            case "block_actions" -> blockActions(payload);
            case "view_submission" -> viewSubmission(payload);
            default -> {
                return Kind.NOT_SERVED;
            }
        }
        return Kind.INTERACTION;
    }

    private static void blockActions(JsonObject payload) {
        common(payload);
        JsonArray actions = array(payload, "actions").orElseThrow(() -> new Malformed("actions is required"));
        if (actions.isEmpty() || actions.size() > 25) {
            throw new Malformed("actions must hold 1 to 25 actions");
        }
        for (JsonElement each : actions) {
            JsonObject action = asObject(each, "each action");
            id(action, "action_id", true);
            id(action, "block_id", false);
            text(action, "value", MAX_VALUE);
            text(action, "type", 64);
        }
        object(payload, "container").ifPresent(c -> {
            text(c, "type", 64);
            ids(c, "message_ts", "channel_id", "view_id");
        });
        object(payload, "view").ifPresent(PayloadShape::view);
        url(payload, "response_url");
    }

    private static void viewSubmission(JsonObject payload) {
        common(payload);
        JsonObject view = object(payload, "view").orElseThrow(() -> new Malformed("view is required"));
        view(view);
        text(view, "type", 64).orElseThrow(() -> new Malformed("view.type is required"));
        id(view, "callback_id", true);
    }

    /** What every interaction carries: who acted, in which workspace, with which trigger. */
    private static void common(JsonObject payload) {
        JsonObject user = object(payload, "user").orElseThrow(() -> new Malformed("user is required"));
        id(user, "id", true);
        text(user, "username", 255);
        text(user, "name", 255);
        id(user, "team_id", false);
        object(payload, "team").ifPresent(team -> id(team, "id", false));
        object(payload, "enterprise").ifPresent(enterprise -> id(enterprise, "id", false));
        ids(payload, "trigger_id", "api_app_id");
    }

    private static void view(JsonObject view) {
        ids(view, "id", "callback_id", "team_id", "root_view_id", "previous_view_id");
        text(view, "type", 64);
        text(view, "hash", 255);
        text(view, "private_metadata", MAX_METADATA);
        object(view, "title").ifPresent(title -> text(title, "text", 255));
        array(view, "blocks").ifPresent(blocks -> blocks.forEach(b -> id(asObject(b, "each block"), "block_id", false)));
        object(view, "state").flatMap(state -> object(state, "values")).ifPresent(values -> values.entrySet().forEach(block -> {
            SlackIds.require(block.getKey(), "a block id in view.state.values");
            asObject(block.getValue(), "each block of view.state.values").entrySet().forEach(input -> {
                SlackIds.require(input.getKey(), "an action id in view.state.values");
                JsonObject value = asObject(input.getValue(), "each value of view.state.values");
                text(value, "value", MAX_TEXT);
                object(value, "selected_option").ifPresent(option -> text(option, "value", MAX_VALUE));
            });
        }));
    }

    private static Kind eventBody(JsonObject body, String text) {
        String type = text(body, "type", 64).orElseThrow(() -> new Malformed("the body has no type"));
        if (type.equals("url_verification")) {
            text(body, "challenge", 255).orElseThrow(() -> new Malformed("url_verification needs a challenge"));
            return Kind.URL_VERIFICATION;
        }
        if (!type.equals("event_callback")) {
            return Kind.NOT_SERVED;
        }
        JsonObject event = object(body, "event").orElseThrow(() -> new Malformed("event is required"));
        String eventType = text(event, "type", 64).orElseThrow(() -> new Malformed("event.type is required"));
        ids(body, "event_id", "team_id", "enterprise_id", "api_app_id", "user_id", "user");
        array(body, "authorizations").ifPresent(all -> all.forEach(a -> ids(asObject(a, "each authorization"),
                "enterprise_id", "team_id", "user_id")));
        if (eventType.equals("user_change")) {
            return userChange(event, text);
        }
        if (!eventType.equals("app_home_opened")) {
            return Kind.NOT_SERVED;
        }
        id(event, "user", true);
        ids(event, "channel", "channel_id", "bot_id");
        text(event, "tab", 64);
        text(event, "event_ts", 64);
        // Bolt binds the body's text (not a tree, which would truncate numbers silently) to typed fields after the handler
        // is chosen; binding it here the same way turns a wrong kind anywhere in it into a 400 instead of a failed handler.
        try {
            PayloadFields.BOLT_GSON.fromJson(text, AppHomeOpenedPayload.class);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException wrongKind) {
            throw new Malformed("the event does not have app_home_opened's fields");
        }
        return Kind.EVENT;
    }

    /** A person's account changed (deactivated: {@code user.deleted}); the bot reads the user's id and that flag. */
    private static Kind userChange(JsonObject event, String text) {
        JsonObject user = object(event, "user").orElseThrow(() -> new Malformed("user_change needs its user"));
        id(user, "id", true);
        ids(user, "team_id");
        text(event, "event_ts", 64);
        try {
            PayloadFields.BOLT_GSON.fromJson(text, UserChangePayload.class);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException wrongKind) {
            throw new Malformed("the event does not have user_change's fields");
        }
        return Kind.EVENT;
    }

    /** What is wrong with a body, as the sentence of its 400. */
    static final class Malformed extends RuntimeException {
        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }
}
