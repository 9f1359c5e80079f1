package org.mentorbot.core.conversation;

import java.util.stream.Collectors;
import org.mentorbot.core.people.Admins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A messenger that never lets a failed delivery pass silently: each recipient the bot could
 * not reach is logged with the reason and reported to the admins (an alert that itself fails
 * is only logged).
 */
public final class UnreachableReporting implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(UnreachableReporting.class);

    private final Messenger delegate;
    private final Admins admins;
    private final Copy copy;

    public UnreachableReporting(Messenger delegate, Admins admins, Copy copy) {
        this.delegate = delegate;
        this.admins = admins;
        this.copy = copy;
    }

    @Override
    public Delivery deliver(Message message) {
        Delivery delivery = delegate.deliver(message);
        if (delivery.complete()) {
            return delivery;
        }
        delivery.failed().forEach((who, why) -> log.warn("Could not deliver {} to {}: {}", message.kind(), who, why));
        if (message.kind() != Message.Kind.ADMIN_ALERT && !admins.ids().isEmpty()) {
            String list = delivery.failed().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            Reply alert = Reply.text(copy.text("alert.unreachable", copy.text("kind." + message.kind().name()), list));
            delegate.deliver(new Message(admins.list(), alert, Message.Kind.ADMIN_ALERT));
        }
        return delivery;
    }

}
