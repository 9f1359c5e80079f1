package org.mentorbot.teams.auth;

/** A request to the messaging endpoint is not from the channel, for this bot; the message says why (for the log, not the caller). */
public final class NotAuthenticatedException extends Exception {

    public NotAuthenticatedException(String why) {
        super(why);
    }
}
