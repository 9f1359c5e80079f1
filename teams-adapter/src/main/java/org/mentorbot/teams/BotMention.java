package org.mentorbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Entity;
import java.util.List;

/**
 * In a team or group chat a person writes to the bot by mentioning it: the text says
 * {@code <at>Mentorbot</at> stats} and a {@code mention} entity names the bot. The command is
 * the text without that mention. The SDK's own removal reads every entity as a mention (an entity
 * without a type fails it) and uses the mention's text as a regular expression; here the text is
 * taken literally and an entity that is not a well-formed mention of the bot is passed over.
 */
final class BotMention {

    private BotMention() {
    }

    /** The message's text without mentions of the bot (the activity's recipient); empty when there is no text. */
    static String textWithout(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        List<Entity> entities = activity.getEntities() == null ? List.of() : activity.getEntities();
        String botId = activity.getRecipient().getId();
        for (Entity entity : entities) {
            if (entity != null && "mention".equalsIgnoreCase(entity.getType())) {
                text = without(text, entity, botId);
            }
        }
        return text.strip();
    }

    private static String without(String text, Entity mention, String botId) {
        JsonNode mentioned = mention.getProperties().get("mentioned");
        if (mentioned == null || !mentioned.isObject() || !botId.equals(mentioned.path("id").asText(null))) {
            return text;
        }
        JsonNode written = mention.getProperties().get("text");
        String tag = written != null && written.isTextual() && !written.asText().isEmpty() ? written.asText()
                : "<at>" + mentioned.path("name").asText("") + "</at>";
        return text.replace(tag, "");
    }
}
