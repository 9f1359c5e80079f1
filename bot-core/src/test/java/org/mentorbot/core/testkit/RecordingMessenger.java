package org.mentorbot.core.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.people.ParticipantId;

/** A messenger that delivers into per-person inboxes, and can be told that some people are unreachable. */
public final class RecordingMessenger implements Messenger {

    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private final Set<ParticipantId> unreachable = new HashSet<>();

    @Override
    public Delivery deliver(Message message) {
        List<ParticipantId> delivered = new ArrayList<>();
        Map<ParticipantId, String> failed = new LinkedHashMap<>();
        for (ParticipantId to : message.to()) {
            if (unreachable.contains(to)) {
                failed.put(to, "unreachable in test");
            } else {
                delivered.add(to);
            }
        }
        if (!delivered.isEmpty()) {
            sent.add(message.to(delivered));
        }
        return new Delivery(delivered, failed);
    }

    public void makeUnreachable(ParticipantId person) {
        unreachable.add(person);
    }

    /** Every message that reached the person, oldest first. */
    public List<Message> inbox(ParticipantId person) {
        return sent.stream().filter(m -> m.to().contains(person)).toList();
    }

    public List<Message> inbox(ParticipantId person, Message.Kind kind) {
        return inbox(person).stream().filter(m -> m.kind() == kind).toList();
    }

    public List<Message> all() {
        return List.copyOf(sent);
    }
}
