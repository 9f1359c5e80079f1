package org.mentorbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may use the playground, checked before any of its routes runs. Anyone who reaches it can
 * act as any playground person, so three doors are kept:
 * <ul>
 *   <li><b>Host</b>: only the names it is meant to be reached at (loopback by default), so that a
 *       web page cannot point its own domain at this machine (DNS rebinding) and drive it;</li>
 *   <li><b>Origin</b>: a request that changes state must come from the playground's own page: an
 *       {@code Origin} or {@code Sec-Fetch-Site} that says another site (or {@code null}) is refused;</li>
 *   <li><b>token</b>, when one is set: every request carries it, in {@code X-Playground-Token} or in the
 *       cookie that visiting {@code /?token=...} sets (HttpOnly, SameSite=Strict), so the page keeps working.</li>
 * </ul>
 * Refusals are 403 (wrong host or origin) or 401 (no token), with a sentence that says what to do.
 */
public final class PlaygroundGate {

    /** The header a script or tool sends the token in. */
    public static final String TOKEN_HEADER = "X-Playground-Token";
    /** The cookie the page's browser carries the token in (a digest of it, not the token itself). */
    public static final String TOKEN_COOKIE = "mentorbot_playground";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> hosts;
    private final Optional<byte[]> tokenDigest;

    /**
     * @param hosts host names the playground answers at ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, ...)
     * @param token the token every request must carry, or empty for none
     */
    public PlaygroundGate(Set<String> hosts, Optional<String> token) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (this.hosts.isEmpty()) {
            throw new IllegalArgumentException("the playground needs at least one host name to answer at");
        }
        this.tokenDigest = token.filter(t -> !t.isBlank()).map(PlaygroundGate::digest);
    }

    /**
     * One request as the gate sees it: the method, the path, the headers it checks (null when
     * absent) and the {@code token} query parameter.
     */
    public record Visit(String method, String path, String host, String origin, String fetchSite, String tokenHeader,
                        String tokenCookie, String tokenQuery, boolean secure) {
    }

    /** Empty to let the request through, else the answer to give instead. */
    public Optional<WebAnswer> check(Visit visit) {
        String host = visit.host() == null ? "" : visit.host().strip().toLowerCase(Locale.ROOT);
        if (!hosts.contains(hostName(host))) {
            return Optional.of(refusal(403, "This playground answers only at " + String.join(", ", hosts.stream().sorted().toList())
                    + ". Open it at one of those, or add this name to MENTORBOT_PLAYGROUND_HOSTS."));
        }
        if (!SAFE_METHODS.contains(visit.method()) && !sameOrigin(visit, host)) {
            return Optional.of(refusal(403, "Only the playground's own page may change anything here."));
        }
        if (tokenDigest.isEmpty()) {
            return Optional.empty();
        }
        if ("/".equals(visit.path()) && visit.tokenQuery() != null) {
            return Optional.of(matches(digest(visit.tokenQuery())) ? enter(visit.secure()) : refusal(401, "That token is not this playground's."));
        }
        boolean carried = visit.tokenHeader() != null && matches(digest(visit.tokenHeader()))
                || visit.tokenCookie() != null && matches(HexFormat.of().parseHex(hexOrEmpty(visit.tokenCookie())));
        return carried ? Optional.empty() : Optional.of(refusal(401,
                "This playground needs its token: open /?token=<MENTORBOT_PLAYGROUND_TOKEN> once in this browser, "
                        + "or send it in the " + TOKEN_HEADER + " header."));
    }

    /** {@code Origin} (when sent) is this host's, and the browser does not say the request came from another site. */
    private static boolean sameOrigin(Visit visit, String host) {
        if (visit.fetchSite() != null && !Set.of("same-origin", "none").contains(visit.fetchSite().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (visit.origin() == null) {
            return true;
        }
        String origin = visit.origin().strip().toLowerCase(Locale.ROOT);
        return origin.equals("http://" + host) || origin.equals("https://" + host);
    }

    /** The token was right: remember it in a cookie and send the browser to the page without it in the address. */
    private WebAnswer enter(boolean secure) {
        String cookie = TOKEN_COOKIE + "=" + HexFormat.of().formatHex(tokenDigest.orElseThrow())
                + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
        return new WebAnswer(303, "text/plain", Map.of("Location", "/", "Set-Cookie", cookie, "Cache-Control", "no-store"),
                new byte[0]);
    }

    private boolean matches(byte[] candidate) {
        return MessageDigest.isEqual(tokenDigest.orElseThrow(), candidate);
    }

    /** The name part of a Host header: {@code [::1]} of {@code [::1]:8080}, {@code localhost} of {@code localhost:8080}. */
    static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String hexOrEmpty(String value) {
        return value.matches("[0-9a-fA-F]{64}") ? value : "";
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    private static WebAnswer refusal(int status, String sentence) {
        try {
            return new WebAnswer(status, "application/json", Map.of(), JSON.writeValueAsBytes(Map.of("error", sentence)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
