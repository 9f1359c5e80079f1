package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.people.ParticipantId;

/** What became of a message: who got it, and why each of the others did not. */
public record Delivery(List<ParticipantId> delivered, Map<ParticipantId, String> failed) {

    public Delivery {
        delivered = List.copyOf(delivered);
        failed = Map.copyOf(failed);
    }

    public static Delivery to(List<ParticipantId> recipients) {
        return new Delivery(recipients, Map.of());
    }

    public static Delivery failedFor(List<ParticipantId> recipients, String reason) {
        Map<ParticipantId, String> failed = new LinkedHashMap<>();
        recipients.forEach(r -> failed.put(r, reason));
        return new Delivery(List.of(), failed);
    }

    public boolean complete() {
        return failed.isEmpty();
    }

    /** Whether a platform accepted the message for at least one recipient. */
    public boolean reachedAnyone() {
        return !delivered.isEmpty();
    }

    public Delivery and(Delivery other) {
        List<ParticipantId> all = new ArrayList<>(delivered);
        all.addAll(other.delivered);
        Map<ParticipantId, String> fails = new LinkedHashMap<>(failed);
        fails.putAll(other.failed);
        return new Delivery(all, fails);
    }
}
