package org.mentorbot.app.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Programs files for tests: a test resource copied to a file, as MENTORBOT_PROGRAMS_FILE names one. */
public final class ProgramFiles {

    private ProgramFiles() {
    }

    /** The resource as a temporary file (deleted when the JVM exits); its path. */
    public static String copy(String resource) {
        try (InputStream in = ProgramFiles.class.getResourceAsStream(resource)) {
            Path file = Files.createTempFile("programs", ".yml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
