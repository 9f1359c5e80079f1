package org.mentorbot.slack.messaging;

/** Slack answered a call with {@code "ok": false}; the message is Slack's error code, e.g. {@code channel_not_found}. */
final class SlackCallFailed extends RuntimeException {

    SlackCallFailed(String message) {
        super(message, null, false, false);
    }
}
