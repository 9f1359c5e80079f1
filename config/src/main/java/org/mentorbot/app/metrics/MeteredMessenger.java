package org.mentorbot.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;

/**
 * One platform's messenger, counting what it delivered: {@code mentorbot.messages.sent} per recipient who
 * got a message, {@code mentorbot.messages.failed} per recipient who finally did not, tagged with the platform.
 */
public final class MeteredMessenger implements Messenger {

    private final Messenger platform;
    private final Counter sent;
    private final Counter failed;

    public MeteredMessenger(String platformName, Messenger platform, MeterRegistry registry) {
        this.platform = platform;
        this.sent = Counter.builder("mentorbot.messages.sent").description("Recipients a platform accepted a message for")
                .tag("platform", platformName).register(registry);
        this.failed = Counter.builder("mentorbot.messages.failed")
                .description("Recipients a message finally failed to reach, after the platform's retries")
                .tag("platform", platformName).register(registry);
    }

    @Override
    public Delivery deliver(Message message) {
        Delivery delivery = platform.deliver(message);
        sent.increment(delivery.delivered().size());
        failed.increment(delivery.failed().size());
        return delivery;
    }
}
