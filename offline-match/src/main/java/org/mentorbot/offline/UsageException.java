package org.mentorbot.offline;

/** A command line the offline matcher does not understand. */
final class UsageException extends Exception {

    UsageException(String problem) {
        super(problem);
    }
}
