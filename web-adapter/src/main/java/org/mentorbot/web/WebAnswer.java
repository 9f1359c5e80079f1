package org.mentorbot.web;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP answer without a web framework: status, content type, further headers and the body's
 * bytes. The application's web layer writes it as it is, as it does the Teams endpoint's answer.
 */
public record WebAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {

    public WebAnswer {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    static WebAnswer json(int status, byte[] body) {
        return new WebAnswer(status, "application/json", Map.of(), body);
    }
}
