package org.mentorbot.offline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.people.Participant;

/**
 * Reads ROSTER.json, {@code {"participants":[{...}, ...]}}, one participant at a time so that
 * every problem is reported with the line where that participant starts (or, for malformed
 * JSON, the line where the parser gave up).
 */
final class RosterReader {

    private final JsonFactory factory = new JsonFactory();

    List<Participant> read(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such file");
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
            return participants(file, parser);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException(file, line, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    private List<Participant> participants(Path file, JsonParser parser) throws IOException, BadInputException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new BadInputException(file, line(parser), "expected an object with a \"participants\" array");
        }
        List<Participant> participants = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("participants")) {
                if (value != JsonToken.START_ARRAY) {
                    throw new BadInputException(file, line(parser), "\"participants\" must be an array");
                }
                participants = list(file, parser);
            } else {
                parser.skipChildren();
            }
        }
        if (participants == null) {
            throw new BadInputException(file, line(parser), "no \"participants\" array");
        }
        if (parser.nextToken() != null) {
            throw new BadInputException(file, line(parser), "unexpected content after the roster object");
        }
        return participants;
    }

    private List<Participant> list(Path file, JsonParser parser) throws IOException, BadInputException {
        List<Participant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(file, line, "each participant must be an object");
            }
            participants.add(RosterEntry.read(file, line, parser).toParticipant(seen));
        }
        return participants;
    }

    private static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
