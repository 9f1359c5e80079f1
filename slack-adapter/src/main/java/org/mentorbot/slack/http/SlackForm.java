package org.mentorbot.slack.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request body as text, read strictly: UTF-8 with no malformed sequences, and for
 * {@code application/x-www-form-urlencoded} bodies (slash commands, {@code payload=} of
 * interactivity) every field decoded once, with valid {@code %XX} escapes and no field twice.
 * Bolt decodes leniently and in several places; a body that passes here means the same to Bolt.
 */
final class SlackForm {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private SlackForm() {
    }

    /** The body as UTF-8 text, or empty when it is not valid UTF-8. */
    static Optional<String> utf8(byte[] body) {
        return decode(body);
    }

    /** The fields of a form body by name, or empty when it is not a well-formed form. */
    static Optional<Map<String, String>> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0 || pair.indexOf('=', eq + 1) >= 0) {
                return Optional.empty();
            }
            Optional<String> name = unescape(pair.substring(0, eq)).filter(n -> NAME.matcher(n).matches());
            Optional<String> value = unescape(pair.substring(eq + 1));
            if (name.isEmpty() || value.isEmpty() || fields.put(name.get(), value.get()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(fields);
    }

    private static Optional<String> unescape(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                if (i + 2 >= escaped.length()) {
                    return Optional.empty();
                }
                int high = hex(escaped.charAt(i + 1));
                int low = hex(escaped.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        return decode(bytes.toByteArray());
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }
}
