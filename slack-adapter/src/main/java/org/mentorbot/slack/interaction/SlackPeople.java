package org.mentorbot.slack.interaction;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.people.ParticipantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is to the bot: {@code slack:<user id>}, their name as their workspace shows
 * it, and the time zone of their Slack profile ({@code users.info} → {@code user.tz}), which
 * pre-fills the enrollment form. Profiles are remembered for an hour so that a busy person
 * costs one lookup, not one per click; when Slack cannot be asked, the name from the payload
 * stands in and the form falls back to its default zone. Most answers need only the id (help,
 * a refusal, an admin check): {@link #fromPayload} gives those an actor without asking Slack, so
 * that no acknowledgement waits on {@code users.info} unless its answer shows the profile.
 */
public final class SlackPeople {

    private static final Logger log = LoggerFactory.getLogger(SlackPeople.class);
    private static final Duration REMEMBER = Duration.ofHours(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final MethodsClient slack;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public SlackPeople(MethodsClient slack, Clock clock) {
        this.slack = slack;
        this.clock = clock;
    }

    /** The actor for a Slack user id; {@code payloadName} is the name the request itself carried. */
    public Actor actor(String userId, String payloadName) {
        ParticipantId id = ParticipantId.of("slack", userId);
        Instant now = clock.instant();
        Known cached = remembered(userId, now);
        if (cached != null) {
            return new Actor(id, cached.name(), cached.zone());
        }
        Optional<User> user = lookUp(userId);
        String name = user.map(SlackPeople::nameOf).filter(n -> !n.isBlank()).orElse(payloadName);
        Optional<ZoneId> zone = user.map(User::getTz).flatMap(SlackPeople::zone);
        if (user.isPresent()) {
            if (known.size() >= MAX_REMEMBERED) {
                known.clear();
            }
            known.put(userId, new Known(name, zone, now.plus(REMEMBER)));
        }
        return new Actor(id, name, zone);
    }

    /**
     * The actor as far as it is known without asking Slack: the remembered profile, else the
     * payload's name and no time zone. For answers that do not show or store the name or zone.
     */
    public Actor fromPayload(String userId, String payloadName) {
        ParticipantId id = ParticipantId.of("slack", userId);
        Known cached = remembered(userId, clock.instant());
        return cached == null ? new Actor(id, payloadName, Optional.empty()) : new Actor(id, cached.name(), cached.zone());
    }

    private Known remembered(String userId, Instant now) {
        Known cached = known.get(userId);
        return cached != null && cached.until().isAfter(now) ? cached : null;
    }

    private Optional<User> lookUp(String userId) {
        try {
            UsersInfoResponse response = slack.usersInfo(r -> r.user(userId));
            if (response.isOk() && response.getUser() != null) {
                return Optional.of(response.getUser());
            }
            log.warn("users.info for {} answered {}", userId, response.getError());
        } catch (IOException | SlackApiException unreachable) {
            log.warn("users.info for {} failed: {}", userId, unreachable.getMessage());
        }
        return Optional.empty();
    }

    private static String nameOf(User user) {
        if (user.getProfile() != null && user.getProfile().getDisplayName() != null && !user.getProfile().getDisplayName().isBlank()) {
            return user.getProfile().getDisplayName();
        }
        return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    }

    private static Optional<ZoneId> zone(String tz) {
        try {
            return tz == null || tz.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(tz));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private record Known(String name, Optional<ZoneId> zone, Instant until) {
    }
}
