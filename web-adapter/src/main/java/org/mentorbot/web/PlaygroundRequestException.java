package org.mentorbot.web;

/** A playground request that cannot be served as asked; the message says why, and the client gets a 400. */
public class PlaygroundRequestException extends RuntimeException {

    public PlaygroundRequestException(String message) {
        super(message);
    }
}
