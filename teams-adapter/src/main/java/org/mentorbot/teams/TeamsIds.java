package org.mentorbot.teams;

import org.mentorbot.core.people.ParticipantId;

/**
 * The rule every id the bot takes from an activity is held to, checked once at the door so that
 * nothing behind it meets an id it cannot keep: one to {@value #MAX_PERSON} characters for the id
 * that names the sender (the {@code aadObjectId}, or {@code from.id} without one), so that
 * {@code teams:<id>} is a valid {@link ParticipantId} of at most 200; and no whitespace, commas or
 * control characters in any id. Ids that only address something (conversation, recipient, activity,
 * {@code from.id} next to an {@code aadObjectId}) are never stored as a person, and Teams' own
 * personal-chat conversation ids can run past 200 characters; they may be as long as the Bot
 * Connector's URLs allow, {@value #MAX_ADDRESS} characters.
 */
final class TeamsIds {

    /** 200 characters for a participant id, less the {@code teams:} prefix. */
    static final int MAX_PERSON = 194;
    static final int MAX_ADDRESS = 2048;

    private TeamsIds() {
    }

    /** Whether {@code id} may name a person: {@code teams:<id>} is a participant id. */
    static boolean validPerson(String id) {
        if (!wellFormed(id, MAX_PERSON)) {
            return false;
        }
        try {
            ParticipantId.of(TeamsPeople.PLATFORM, id);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** Whether {@code id} may address a conversation, an account or an activity. */
    static boolean validAddress(String id) {
        return wellFormed(id, MAX_ADDRESS);
    }

    private static boolean wellFormed(String id, int maxLength) {
        return id != null && !id.isEmpty() && id.length() <= maxLength
                && id.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ',');
    }
}
