package org.mentorbot.teams.delivery;

/** A message that could not be sent to Teams even after pacing and retries; the message says why. */
public final class SendFailedException extends RuntimeException {

    public SendFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
