package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.slack.api.methods.impl.AsyncRateLimitExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.slack.SlackWebApi;
import org.mentorbot.slack.messaging.SlackMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 429 storm: every tenth call to the fake Slack is answered HTTP 429 with Retry-After: 1, and
 * every message still arrives exactly once, through the SDK's rate-limited client re-queueing
 * the refused calls. Each message goes to a different person, so per-channel pacing is not
 * what bounds the run; the count is {@code -Dslack.storm.messages} (default 1,000).
 */
class SlackRateLimitStormIT {

    private static final Logger log = LoggerFactory.getLogger(SlackRateLimitStormIT.class);
    private static final int MESSAGES = Integer.getInteger("slack.storm.messages", 1000);

    private FakeSlackApi slack;

    private Level sdkLogLevel;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        sdkLogLevel = sdkLog().getLevel();
        sdkLog().setLevel(Level.OFF);
    }

    @AfterEach
    void stop() {
        sdkLog().setLevel(sdkLogLevel);
        slack.close();
    }

    /** The SDK logs every 429 it re-queues at ERROR with a stack trace; a storm of them would bury the build log. */
    private static ch.qos.logback.classic.Logger sdkLog() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AsyncRateLimitExecutor.class);
    }

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void everyMessageArrivesExactlyOnceThrough429s() throws Exception {
        SlackMessenger messenger = new SlackMessenger(SlackWebApi.connect(slack.apiUrl(), "xoxb-storm", 8).async(), Duration.ofMinutes(4));
        messenger.deliver(notice("UWARMUP"));
        slack.forget();
        slack.rateLimitEvery(10);

        long started = System.nanoTime();
        List<Delivery> deliveries = deliverAll(messenger);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("{} messages through a 10% 429 storm in {} ms", MESSAGES, took.toMillis());

        assertThat(deliveries).allMatch(Delivery::complete);
        Map<String, Long> perChannel = slack.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
        assertThat(perChannel).hasSize(MESSAGES);
        assertThat(perChannel.values()).allMatch(n -> n == 1);
    }

    private List<Delivery> deliverAll(SlackMessenger messenger) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(64);
        try {
            List<Future<Delivery>> sent = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                String user = String.format("U%06d", i);
                sent.add(senders.submit(() -> messenger.deliver(notice(user))));
            }
            List<Delivery> deliveries = new ArrayList<>();
            for (Future<Delivery> f : sent) {
                deliveries.add(f.get());
            }
            return deliveries;
        } finally {
            senders.shutdownNow();
        }
    }

    private static Message notice(String user) {
        return new Message(List.of(ParticipantId.of("slack", user)), Reply.text("Your pairing has a new check-in date."),
                Message.Kind.NOTICE);
    }

}
