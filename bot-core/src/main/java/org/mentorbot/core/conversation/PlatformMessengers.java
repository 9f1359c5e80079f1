package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.people.ParticipantId;

/**
 * Routes each message to the messenger of each recipient's platform, so that a Slack mentor
 * and a Teams mentee each hear from the bot where they are. Recipients on a platform with no
 * messenger are reported as failed.
 */
public final class PlatformMessengers implements Messenger {

    private final Map<String, Messenger> byPlatform;

    public PlatformMessengers(Map<String, Messenger> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    @Override
    public Delivery deliver(Message message) {
        Map<String, List<ParticipantId>> groups = new LinkedHashMap<>();
        for (ParticipantId to : message.to()) {
            groups.computeIfAbsent(to.platform(), p -> new ArrayList<>()).add(to);
        }
        Delivery result = new Delivery(List.of(), Map.of());
        for (Map.Entry<String, List<ParticipantId>> group : groups.entrySet()) {
            Messenger messenger = byPlatform.get(group.getKey());
            result = result.and(messenger == null
                    ? Delivery.failedFor(group.getValue(), "no messenger for platform '" + group.getKey() + "'")
                    : messenger.deliver(message.to(group.getValue())));
        }
        return result;
    }
}
