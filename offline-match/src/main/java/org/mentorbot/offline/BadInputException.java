package org.mentorbot.offline;

import java.nio.file.Path;

/** Input the offline matcher cannot use, with the file and line (0 when no line applies) where it was found. */
final class BadInputException extends Exception {

    private final Path file;
    private final long line;

    BadInputException(Path file, long line, String problem) {
        super(problem);
        this.file = file;
        this.line = line;
    }

    /** {@code file:line: problem}, the shape compilers use, so editors can jump to it. */
    String describe() {
        return line > 0 ? file + ":" + line + ": " + getMessage() : file + ": " + getMessage();
    }
}
