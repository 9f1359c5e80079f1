package org.mentorbot.slack.http;

import org.mentorbot.core.people.ParticipantId;

/**
 * The one rule every Slack id the bot takes from a request is held to — user, team, channel,
 * action, block, view, trigger and event ids, message timestamps: what makes {@code slack:<id>} a
 * valid {@link ParticipantId} (at most {@value #MAX_LENGTH} characters, no whitespace or commas),
 * and no control characters. An id that passes at the door is therefore one the core accepts;
 * Slack's own ids are far shorter (a user id is about eleven characters).
 */
final class SlackIds {

    /** 200 characters for a participant id, less the {@code slack:} prefix. */
    static final int MAX_LENGTH = 194;

    private SlackIds() {
    }

    static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            ParticipantId.of("slack", id);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    static void require(String id, String what) {
        if (!valid(id)) {
            throw new PayloadShape.Malformed(what + " must be 1 to " + MAX_LENGTH
                    + " characters with no spaces, commas or control characters");
        }
    }
}
