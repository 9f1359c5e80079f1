package org.mentorbot.app.playground;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.mentorbot.web.PlaygroundGate;
import org.mentorbot.web.WebAnswer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every request to the playground's page, assets and API ({@code /}, {@code /playground/**})
 * through the {@link PlaygroundGate} before it reaches them; the bot's other routes (Slack, Teams,
 * health) are not the playground's and pass untouched.
 */
class PlaygroundDoor extends OncePerRequestFilter {

    private final PlaygroundGate gate;

    PlaygroundDoor(PlaygroundGate gate) {
        this.gate = gate;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.equals("/") && !path.startsWith("/playground/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
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

    private static String cookie(HttpServletRequest request) {
        return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals(PlaygroundGate.TOKEN_COOKIE)).map(Cookie::getValue).findFirst().orElse(null);
    }
}
