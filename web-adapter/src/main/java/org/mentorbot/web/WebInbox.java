package org.mentorbot.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;

/**
 * The playground's messenger for the {@code web} platform: what the bot sends on its own
 * (introductions, check-ins, polls, admin alerts) lands in each recipient's inbox, in memory.
 * A message to several people is one message seen in each of their inboxes, as a Slack group
 * DM is, so a button answer that replaces it shows the answer to everyone who got it. Each
 * inbox keeps its newest {@value #MAX_PER_INBOX} messages.
 */
public final class WebInbox implements Messenger {

    public static final int MAX_PER_INBOX = 50;

    private final Predicate<ParticipantId> reachable;
    private final Clock clock;
    private final Map<ParticipantId, Inbox> inboxes = new HashMap<>();
    private long lastId;

    /** @param reachable who has an inbox: the playground's people; messages to anyone else fail */
    public WebInbox(Predicate<ParticipantId> reachable, Clock clock) {
        this.reachable = reachable;
        this.clock = clock;
    }

    @Override
    public synchronized Delivery deliver(Message message) {
        long id = ++lastId;
        Instant at = clock.instant();
        List<ParticipantId> delivered = new ArrayList<>();
        Map<ParticipantId, String> failed = new LinkedHashMap<>();
        for (ParticipantId to : message.to()) {
            if (reachable.test(to)) {
                inboxes.computeIfAbsent(to, p -> new Inbox()).add(new Entry(id, message.kind(), message.content(), at));
                delivered.add(to);
            } else {
                failed.put(to, "nobody in the playground has this id");
            }
        }
        return new Delivery(delivered, failed);
    }

    /**
     * Puts {@code content} in place of message {@code messageId} in every inbox that holds it,
     * if {@code person} got that message.
     *
     * @return whether the message was replaced
     */
    public synchronized boolean replace(ParticipantId person, long messageId, Reply content) {
        Inbox own = inboxes.get(person);
        if (own == null || !own.holds(messageId)) {
            return false;
        }
        inboxes.values().forEach(inbox -> inbox.replace(messageId, content));
        return true;
    }

    /** The person's inbox, newest message first. */
    public synchronized View of(ParticipantId person) {
        Inbox inbox = inboxes.get(person);
        return inbox == null ? new View(0, List.of()) : new View(inbox.version, List.copyOf(inbox.entries));
    }

    /** One message in an inbox. */
    public record Entry(long id, Message.Kind kind, Reply content, Instant at) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An inbox as it is now; {@code version} changes whenever its messages do. */
    public record View(long version, List<Entry> messages) {
        public View {
            messages = List.copyOf(messages);
        }
    }

    private static final class Inbox {
        private final Deque<Entry> entries = new ArrayDeque<>();
        private long version;

        void add(Entry entry) {
            entries.addFirst(entry);
            while (entries.size() > MAX_PER_INBOX) {
                entries.removeLast();
            }
            version++;
        }

        boolean holds(long id) {
            return entries.stream().anyMatch(e -> e.id() == id);
        }

        void replace(long id, Reply content) {
            List<Entry> updated = entries.stream()
                    .map(e -> e.id() == id ? new Entry(id, e.kind(), content, e.at()) : e).toList();
            if (holds(id)) {
                entries.clear();
                entries.addAll(updated);
                version++;
            }
        }
    }
}
