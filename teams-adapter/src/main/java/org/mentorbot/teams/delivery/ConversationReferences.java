package org.mentorbot.teams.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.ConversationReference;
import java.util.Optional;

/**
 * Conversation references as the text the {@code AddressBook} keeps: the SDK's own JSON shape,
 * without the id of the activity they were taken from (a proactive message starts a new
 * thread rather than answering an old message) and without a locale (the SDK makes a
 * continued conversation's locale the JVM's default locale; older stored references may hold one).
 */
public final class ConversationReferences {

    private final ObjectMapper json;

    public ConversationReferences(ObjectMapper json) {
        this.json = json;
    }

    public String write(ConversationReference reference) {
        ConversationReference copy = ConversationReference.clone(reference);
        copy.setActivityId(null);
        copy.setLocale(null);
        try {
            return json.writeValueAsString(copy);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a conversation reference could not be written as JSON", impossible);
        }
    }

    /** The reference, or empty when the stored text is not a usable reference. */
    public Optional<ConversationReference> read(String stored) {
        try {
            ConversationReference reference = json.readValue(stored, ConversationReference.class);
            boolean usable = reference != null && reference.getServiceUrl() != null && reference.getConversation() != null
                    && reference.getConversation().getId() != null;
            if (!usable) {
                return Optional.empty();
            }
            reference.setLocale(null);
            return Optional.of(reference);
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }
}
