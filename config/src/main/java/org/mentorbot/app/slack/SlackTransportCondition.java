package org.mentorbot.app.slack;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the Slack settings select one of the given transports; the decision itself is {@link SlackProperties#transport()}. */
abstract class SlackTransportCondition extends SpringBootCondition {

    private final Set<SlackProperties.Transport> accepted;

    SlackTransportCondition(SlackProperties.Transport... accepted) {
        this.accepted = Set.of(accepted);
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        SlackProperties.Transport transport = Binder.get(context.getEnvironment()).bind("mentorbot.slack", SlackProperties.class)
                .map(SlackProperties::transport).orElse(SlackProperties.Transport.NONE);
        return accepted.contains(transport)
                ? ConditionOutcome.match("Slack transport " + transport)
                : ConditionOutcome.noMatch("Slack transport " + transport + " is not one of " + accepted);
    }

    /** Slack is on, over either transport. */
    static final class Enabled extends SlackTransportCondition {
        Enabled() {
            super(SlackProperties.Transport.HTTP, SlackProperties.Transport.SOCKET_MODE);
        }
    }

    /** Slack over HTTP. */
    static final class Http extends SlackTransportCondition {
        Http() {
            super(SlackProperties.Transport.HTTP);
        }
    }

    /** Slack over Socket Mode. */
    static final class SocketMode extends SlackTransportCondition {
        SocketMode() {
            super(SlackProperties.Transport.SOCKET_MODE);
        }
    }
}
