package org.mentorbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The fields every activity from Teams carries, checked before the bot sees it. */
final class ActivityShape {

    private static final int MAX_ID = 200;

    private ActivityShape() {
    }

    /** What is wrong with the activity, or empty when the bot can handle it. */
    static Optional<String> problem(Activity activity) {
        if (activity.getType() == null || activity.getType().isBlank()) {
            return Optional.of("the activity has no type");
        }
        if (!isHttpUrl(activity.getServiceUrl())) {
            return Optional.of("the activity has no http(s) serviceUrl");
        }
        if (activity.getConversation() == null || blank(activity.getConversation().getId())) {
            return Optional.of("the activity has no conversation id");
        }
        if (activity.getRecipient() == null || blank(activity.getRecipient().getId())) {
            return Optional.of("the activity has no recipient");
        }
        boolean needsSender = activity.isType(ActivityTypes.MESSAGE) || activity.isType(ActivityTypes.CONVERSATION_UPDATE)
                || activity.isType(ActivityTypes.INSTALLATION_UPDATE);
        if (needsSender && (activity.getFrom() == null || !validUserId(activity))) {
            return Optional.of("the activity has no usable sender (from.id / from.aadObjectId)");
        }
        return Optional.empty();
    }

    private static boolean validUserId(Activity activity) {
        String aad = activity.getFrom().getAadObjectId();
        String id = blank(aad) ? activity.getFrom().getId() : aad;
        return !blank(id) && id.length() <= MAX_ID && id.chars().noneMatch(c -> Character.isWhitespace(c) || c == ',');
    }

    private static boolean isHttpUrl(String url) {
        if (blank(url)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
