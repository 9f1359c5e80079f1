package org.mentorbot.slack.interaction;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.Visibility;
import org.mentorbot.slack.render.FormModals;
import org.mentorbot.slack.render.ReplyBlocks;
import org.mentorbot.slack.render.SlackCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ways the bot answers a person in Slack: in the acknowledgement itself, later through the
 * request's {@code response_url} (a private {@code ephemeral} answer, one for the whole
 * channel, or the clicked message replaced), or by opening a modal with the request's
 * {@code trigger_id}, which Slack accepts only within three seconds of the click. An answer
 * that is the same for many people is rendered once and kept, a few distinct ones at most.
 */
final class Answers {

    private static final Logger log = LoggerFactory.getLogger(Answers.class);

    private static final int MAX_SHARED = 32;
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(30);

    private final Map<Reply, String> shared = new ConcurrentHashMap<>();
    private final Slack sdk;
    private final MethodsClient slack;
    private final SlackCopy copy;
    private final HttpClient uploads = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Answers(Slack sdk, MethodsClient slack, SlackCopy copy) {
        this.sdk = sdk;
        this.slack = slack;
        this.copy = copy;
    }

    SlashCommandResponse toCommandResponse(Reply reply) {
        return SlashCommandResponse.builder().responseType(responseType(reply)).text(ReplyBlocks.fallback(reply))
                .blocks(ReplyBlocks.render(reply)).build();
    }

    /** The acknowledgement that answers privately with a fixed notice from the copy. */
    Response ackShared(String key) {
        return ackShared(Reply.text(copy.text(key)));
    }

    /**
     * The acknowledgement that answers with a reply many people get alike (help, a fixed notice):
     * turned into Block Kit and JSON once per distinct reply, exactly as Bolt's {@code ack} would, then reused.
     */
    Response ackShared(Reply reply) {
        String body = shared.get(reply);
        if (body == null) {
            if (shared.size() >= MAX_SHARED) {
                shared.clear();
            }
            body = Response.json(200, toCommandResponse(reply)).getBody();
            shared.put(reply, body);
        }
        return Response.json(200, body);
    }

    ActionResponse toActionResponse(Reply reply) {
        ActionResponse.ActionResponseBuilder response = ActionResponse.builder().text(ReplyBlocks.fallback(reply))
                .blocks(ReplyBlocks.render(reply));
        return reply.replacesOriginal() ? response.replaceOriginal(true).build()
                : response.replaceOriginal(false).responseType(responseType(reply)).build();
    }

    /** Opens the form as a modal; false when Slack refused (an expired trigger, say), after logging why. */
    boolean openModal(String triggerId, Form form) {
        return openModal(triggerId, form, null);
    }

    /** Opens the form as a modal that remembers the message it came from, by that message's {@code response_url}. */
    boolean openModal(String triggerId, Form form, String origin) {
        try {
            ViewsOpenResponse opened = slack.viewsOpen(r -> r.triggerId(triggerId)
                    .view(FormModals.modal(form, copy.text("modal.cancel"), origin)));
            if (opened.isOk()) {
                return true;
            }
            log.warn("views.open for form {} answered {}", form.id(), opened.getError());
        } catch (IOException | SlackApiException unreachable) {
            log.warn("views.open for form {} failed: {}", form.id(), unreachable.getMessage());
        }
        return false;
    }

    /**
     * Posts a command's or a click's answer to its {@code response_url}; a failure is logged with
     * what was being answered. The JSON is written with Bolt's shared Gson: the SDK's own
     * {@code Responder} builds a new Gson, and learns every Block Kit class again, for each post.
     */
    void respond(String responseUrl, Object response, String what) {
        post(what, responseUrl, () -> sdk.send(responseUrl, JsonOps.toJsonString(response)));
    }

    private static void post(String what, String responseUrl, Post post) {
        if (responseUrl == null || responseUrl.isBlank()) {
            log.warn("No response_url to answer {}", what);
            return;
        }
        try {
            WebhookResponse sent = post.send();
            if (sent.getCode() == null || sent.getCode() >= 300) {
                log.warn("response_url for {} answered HTTP {}: {}", what, sent.getCode(), sent.getBody());
            }
        } catch (IOException unreachable) {
            log.warn("response_url for {} failed: {}", what, unreachable.getMessage());
        }
    }

    /**
     * The reply with each document and picture sent as a file in the person's direct messages with
     * the bot instead of in the message: {@code files.getUploadURLExternal}, the bytes to the URL it
     * gives, then {@code files.completeUploadExternal} into that conversation, which needs only
     * {@code files:write}. A document that cannot be uploaded stays in the reply as text, a picture
     * as its words, each with a line that says the file could not be sent. Runs after the
     * acknowledgement: it makes four calls a file.
     */
    Reply withDocumentsAsFiles(String userId, Reply reply, String what) {
        if (reply.blocks().stream().noneMatch(b -> b instanceof Block.Document || b instanceof Block.Image)) {
            return reply;
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Document document) {
                file(userId, document.filename(), document.mediaType(), document.content().getBytes(StandardCharsets.UTF_8),
                        document, what, blocks, fallback);
            } else if (block instanceof Block.Image image) {
                file(userId, image.filename(), "image/png", image.png(), new Block.Text(image.alt()), what, blocks, fallback);
            } else {
                blocks.add(block);
                if (block instanceof Block.Text text) {
                    fallback.append(text.text()).append('\n');
                } else if (block instanceof Block.Header header) {
                    fallback.append(header.text()).append('\n');
                } else if (block instanceof Block.Fields fields) {
                    fields.fields().forEach(f -> fallback.append(f.label()).append(": ").append(f.value()).append('\n'));
                }
            }
        }
        return new Reply(blocks, fallback.toString().strip(), reply.visibility(), reply.replacesOriginal(), reply.fieldErrors());
    }

    /** Uploads one file; when it cannot, {@code instead} stays in the reply. Either way a line says what happened. */
    private void file(String userId, String filename, String mediaType, byte[] bytes, Block instead, String what,
                      List<Block> blocks, StringBuilder fallback) {
        boolean sent = upload(userId, filename, mediaType, bytes, what);
        String line = copy.text(sent ? "file.sent" : "file.failed", filename);
        if (!sent) {
            blocks.add(instead);
        }
        blocks.add(new Block.Text(line));
        fallback.append(line).append('\n');
    }

    private boolean upload(String userId, String filename, String mediaType, byte[] bytes, String what) {
        try {
            ConversationsOpenResponse dm = slack.conversationsOpen(r -> r.users(List.of(userId)).returnIm(false));
            if (!dm.isOk() || dm.getChannel() == null) {
                log.warn("conversations.open for the file of {} answered {}", what, dm.getError());
                return false;
            }
            FilesGetUploadURLExternalResponse target = slack.filesGetUploadURLExternal(r -> r.filename(filename)
                    .length(bytes.length));
            if (!target.isOk()) {
                log.warn("files.getUploadURLExternal for {} answered {}", what, target.getError());
                return false;
            }
            HttpResponse<Void> stored = uploads.send(HttpRequest.newBuilder(URI.create(target.getUploadUrl()))
                    .timeout(UPLOAD_TIMEOUT).header("Content-Type", mediaType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding());
            if (stored.statusCode() >= 300) {
                log.warn("the upload of the file of {} answered HTTP {}", what, stored.statusCode());
                return false;
            }
            FilesCompleteUploadExternalResponse done = slack.filesCompleteUploadExternal(r -> r.channelId(dm.getChannel().getId())
                    .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder().id(target.getFileId())
                            .title(filename).build())));
            if (!done.isOk()) {
                log.warn("files.completeUploadExternal for {} answered {}", what, done.getError());
            }
            return done.isOk();
        } catch (IOException | SlackApiException | IllegalArgumentException unreachable) {
            log.warn("uploading the file of {} failed: {}", what, unreachable.getMessage());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String responseType(Reply reply) {
        return reply.visibility() == Visibility.CHANNEL ? "in_channel" : "ephemeral";
    }

    private interface Post {
        WebhookResponse send() throws IOException;
    }
}
