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
 * stands in and the form falls back to its default zone.
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
        Known cached = known.get(userId);
        if (cached != null && cached.until().isAfter(now)) {
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
