package org.mentorbot.slack.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.people.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's proof that a request came from Slack, and came once. Slack signs each request with
 * the app's signing secret: {@code X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:<timestamp>:<body>">}
 * and {@code X-Slack-Request-Timestamp: <unix seconds>}. A request is taken when the signature
 * matches, its timestamp is within five minutes of now <em>in either direction</em> (Bolt only
 * refuses old ones), and its signature has not been used before. Each signature is remembered in
 * the state store until its timestamp leaves the window, so a captured request cannot be sent
 * again while it would still pass; when the store cannot answer, this node's memory stands in
 * (a replay to this node is still refused, and a replay to another node meets a store that is down).
 * A request that failed and changed nothing gives its signature back ({@link Checked#takeBack()}):
 * Slack may retry it with the same signature, and that retry must run.
 */
public final class RequestSignatures {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("v0=[0-9a-f]{64}");
    private static final Logger log = LoggerFactory.getLogger(RequestSignatures.class);

    private final SecretKeySpec key;
    private final Clock clock;
    private final SeenEvents shared;
    private final SeenEvents local;
    private volatile boolean sharedDown;

    public RequestSignatures(String signingSecret, Clock clock, SeenEvents shared) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a signing secret is required to check Slack's signatures");
        }
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
        this.shared = shared;
        this.local = new InMemorySeenEvents(clock);
    }

    /** What the signature headers say about a body. */
    public enum Verdict {
        /** Signed by Slack, within the window, first use: serve it. */
        FRESH,
        /** Signed by Slack and within the window, but this signature was used before. */
        REPLAYED,
        /** No signature, a wrong one, or a timestamp outside the window: not from Slack (now). */
        REFUSED
    }

    /** Checks the headers against the body as it came over the wire, and records a fresh signature. */
    public Verdict check(String timestamp, String signature, byte[] body) {
        return take(timestamp, signature, body).verdict();
    }

    /** As {@link #check}, with what takes a fresh signature's use back should its request fail. */
    public Checked take(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !TIMESTAMP.matcher(timestamp).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            return Checked.REFUSED;
        }
        long sentAt = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sentAt) > WINDOW.toSeconds()) {
            return Checked.REFUSED;
        }
        if (!MessageDigest.isEqual(expected(timestamp, body), signature.getBytes(StandardCharsets.US_ASCII))) {
            return Checked.REFUSED;
        }
        Duration stillValid = Duration.ofSeconds(sentAt + WINDOW.toSeconds() - now + 1);
        return firstUse("slack:signature:" + signature.substring(3), stillValid);
    }

    private Checked firstUse(String key, Duration ttl) {
        try {
            Optional<SeenEvents.Mark> use = shared.mark(key, ttl);
            if (sharedDown) {
                sharedDown = false;
                log.info("Slack signatures are remembered in the state store again");
            }
            return Checked.of(shared, use);
        } catch (StoreUnavailableException outage) {
            if (!sharedDown) {
                sharedDown = true;
                log.warn("The state store cannot remember Slack signatures ({}); this node's memory stands in until it is back",
                        outage.getMessage());
            }
            return Checked.of(local, local.mark(key, ttl));
        }
    }

    /** A request's signature as checked: the verdict, and for a fresh one the record of its use. */
    public static final class Checked {

        static final Checked REFUSED = new Checked(Verdict.REFUSED, null, null);
        private static final Checked REPLAYED = new Checked(Verdict.REPLAYED, null, null);

        private final Verdict verdict;
        private final SeenEvents store;
        private final SeenEvents.Mark use;

        private Checked(Verdict verdict, SeenEvents store, SeenEvents.Mark use) {
            this.verdict = verdict;
            this.store = store;
            this.use = use;
        }

        static Checked of(SeenEvents store, Optional<SeenEvents.Mark> use) {
            return use.map(mark -> new Checked(Verdict.FRESH, store, mark)).orElse(REPLAYED);
        }

        public Verdict verdict() {
            return verdict;
        }

        /**
         * Takes a fresh signature's use back, after its request failed and changed nothing (a 5xx),
         * so that Slack's retry of that very request is served rather than taken for a replay. A
         * use the store cannot take back stays until the signature leaves the window, and says so.
         */
        public void takeBack() {
            if (use == null) {
                return;
            }
            try {
                store.forget(use);
            } catch (StoreUnavailableException outage) {
                log.warn("A failed Slack request's signature stays used: a retry that repeats it runs nothing ({})",
                        outage.getMessage());
            }
        }
    }

    private byte[] expected(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
