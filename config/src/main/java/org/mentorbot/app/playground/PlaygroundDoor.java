package org.mentorbot.app.playground;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mentorbot.web.PlaygroundGate;
import org.mentorbot.web.WebAnswer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every request through the {@link PlaygroundGate} before it reaches the playground's page,
 * assets or API, except the bot's routes that are not the playground's: Slack's and Teams'
 * endpoints (which check their own signatures and tokens, at whatever host the platform uses) and
 * the health endpoint. Guarding all but those, by the decoded path the application routes on,
 * leaves no spelling of a playground path ({@code /%70layground/...}) that slips past.
 */
class PlaygroundDoor extends OncePerRequestFilter {

    private static final List<String> NOT_THE_PLAYGROUNDS = List.of("/slack/", "/api/messages", "/actuator/");

    private final PlaygroundGate gate;

    PlaygroundDoor(PlaygroundGate gate) {
        this.gate = gate;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return NOT_THE_PLAYGROUNDS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        Optional<WebAnswer> refused = gate.check(new PlaygroundGate.Visit(request.getMethod(), path, request.getHeader("Host"),
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader(PlaygroundGate.TOKEN_HEADER),
                cookie(request), path.equals("/") && "GET".equals(request.getMethod()) ? request.getParameter("token") : null,
                request.isSecure()));
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        WebAnswer answer = refused.get();
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }

    /** The decoded, normalised path within the application, as the servlets are chosen by it. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static String cookie(HttpServletRequest request) {
        return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(PlaygroundGate.TOKEN_COOKIE)).map(Cookie::getValue).findFirst().orElse(null);
    }
}
