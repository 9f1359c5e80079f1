package org.mentorbot.core.people;

/**
 * The program's state cannot be read or written right now (the store is down or unreachable).
 * Nothing was changed; the person is told to try again shortly.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
