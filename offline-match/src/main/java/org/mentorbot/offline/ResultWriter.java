package org.mentorbot.offline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes RESULT.json all or nothing: into a temporary file beside the target, then moved over
 * it in one step, so a reader never sees half a result and a failed run leaves no file.
 */
final class ResultWriter {

    private final JsonFactory factory = new JsonFactory();

    void write(MatchResult result, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (JsonGenerator json = factory.createGenerator(temp.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                write(result, json);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(MatchResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("pairs");
        for (MatchResult.Pair pair : result.pairs()) {
            json.writeStartObject();
            json.writeStringField("mentor", pair.mentor());
            json.writeStringField("mentee", pair.mentee());
            json.writeNumberField("score", pair.score());
            json.writeArrayFieldStart("reasons");
            for (String reason : pair.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unmatched");
        for (String mentee : result.unmatched()) {
            json.writeString(mentee);
        }
        json.writeEndArray();
        json.writeNumberField("totalScore", result.totalScore());
        json.writeBooleanField("optimal", result.optimal());
        json.writeEndObject();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
