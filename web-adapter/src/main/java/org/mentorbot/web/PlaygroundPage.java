package org.mentorbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The playground's single page at {@code /}. Its policy lets it load only its own script and
 * style and talk only to this server: nothing is fetched from the internet.
 */
public final class PlaygroundPage {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String PAGE = "/playground/static/index.html";

    /** The page, with its policy; browsers check with the server before they show a cached copy. */
    public WebAnswer page() {
        return new WebAnswer(200, "text/html", Map.of(
                "Cache-Control", "no-cache",
                "Content-Security-Policy", POLICY,
                "X-Content-Type-Options", "nosniff"), html());
    }

    private static byte[] html() {
        try (InputStream in = PlaygroundPage.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("the playground's page is missing: " + PAGE);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the playground's page cannot be read: " + PAGE, unreadable);
        }
    }
}
