package org.mentorbot.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: Slack's commands, clicks, modal submissions and events over HTTP, in
 * front of Bolt. Bolt's own servlet parses the body before it checks the signature and answers 500
 * to anything its parser cannot read; here the order is the other way round, and nothing a client
 * sends becomes a 5xx:
 * <ol>
 *   <li>the raw body, at most {@value #MAX_BODY} bytes (413 beyond);</li>
 *   <li>the signature, the five-minute window and the replay check ({@link RequestSignatures}):
 *       401 when one fails. A replayed signature that Slack marks as a retry
 *       ({@code X-Slack-Retry-Num}) of an event is acknowledged with an empty 200 and runs nothing —
 *       it is the same event, already taken; any other replay is a 401. A request answered 5xx
 *       (the state store down) changed nothing, and its signature is not kept as used, so that
 *       Slack's retry of it runs even when it repeats the signature;</li>
 *   <li>the payload's shape ({@link PayloadShape}): 400 with the reason, or an empty 200 for what
 *       Slack may send but the bot does not serve;</li>
 *   <li>Bolt's parser and app. Should Bolt still fail to read a request it is a 400.</li>
 * </ol>
 * Log lines name the request's kind and the reason, never the body: Slack bodies carry the legacy
 * verification token and what people typed.
 */
public final class SlackEndpoint extends HttpServlet {

    static final int MAX_BODY = 1 << 20;
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";
    static final String RETRY_NUM = "X-Slack-Retry-Num";

    private static final Logger log = LoggerFactory.getLogger(SlackEndpoint.class);

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient RequestSignatures signatures;

    public SlackEndpoint(App app, RequestSignatures signatures) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletAdapterOps.writeResponse(response, answer(request));
    }

    private Response answer(HttpServletRequest http) throws IOException {
        byte[] body = read(http);
        if (body == null) {
            log.info("Refused a Slack request of more than {} bytes", MAX_BODY);
            return error(413, "the body is too large");
        }
        RequestSignatures.Checked signed = signatures.take(http.getHeader(TIMESTAMP), http.getHeader(SIGNATURE), body);
        switch (signed.verdict()) {
            case REFUSED -> {
                log.info("Refused a Slack request with a missing, wrong or out-of-window signature from {}", http.getRemoteAddr());
                return error(401, "invalid request");
            }
            case REPLAYED -> {
                return replayed(http, body);
            }
            case FRESH -> {
                Response response = checked(http, PayloadShape.check(body));
                if (response.getStatusCode() >= 500) {
                    signed.takeBack();
                }
                return response;
            }
        }
        throw new IllegalStateException("every verdict is answered above");
    }

    private static Response replayed(HttpServletRequest http, byte[] body) {
        boolean retriedEvent = http.getHeader(RETRY_NUM) != null && body.length > 0 && body[0] == '{';
        if (retriedEvent) {
            log.info("Slack retried an event it had already delivered with this signature (retry {}); acknowledged, nothing run",
                    http.getHeader(RETRY_NUM));
            return Response.ok();
        }
        log.warn("Refused a replayed Slack request: its signature was already used (from {})", http.getRemoteAddr());
        return error(401, "this request was already received");
    }

    private Response checked(HttpServletRequest http, PayloadShape.Checked checked) {
        if (checked.problem().isPresent()) {
            log.warn("Refused a signed Slack request of the wrong shape: {}", checked.problem().get());
            return error(400, checked.problem().get());
        }
        return switch (checked.kind()) {
            case NOT_SERVED, SSL_CHECK -> Response.ok();
            case COMMAND, INTERACTION, EVENT, URL_VERIFICATION -> run(http, checked);
        };
    }

    private Response run(HttpServletRequest http, PayloadShape.Checked checked) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(http.getRequestURI())
                    .requestBody(checked.text()).headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(http)))
                    .remoteAddress(http.getRemoteAddr()).build());
        } catch (RuntimeException unreadable) {
            return unreadable(checked.kind(), unreadable);
        }
        if (request == null) {
            log.warn("Bolt found no request pattern in a signed Slack {} request", checked.kind());
            return error(400, "not a request Slack sends");
        }
        try {
            return app.run(request);
        } catch (RuntimeException unreadable) {
            return unreadable(checked.kind(), unreadable);
        } catch (Exception unavailable) {
            log.warn("Could not serve a Slack {} request: {}", checked.kind(), unavailable.toString());
            return error(503, "try again");
        }
    }

    /** Bolt could not read a request that passed the shape check: still the request's fault, still a 400. */
    private static Response unreadable(PayloadShape.Kind kind, RuntimeException failure) {
        log.warn("Bolt could not read a signed Slack {} request ({}); refused", kind, failure.getClass().getSimpleName());
        return error(400, "the payload cannot be read");
    }

    private static Response error(int status, String message) {
        return Response.json(status, Map.of("error", message));
    }

    /** The body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte[] read(HttpServletRequest http) throws IOException {
        if (http.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }
}
