package org.mentorbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every activity from Teams carries, checked before the bot sees it, and the parts
 * the bot ignores taken out. Ids follow {@link TeamsIds}; a {@code locale}, when there is one,
 * is a well-formed BCP 47 language tag (an unknown but well-formed one is fine, as the Activity
 * schema asks). The locale is then dropped: the bot answers in its own language, and the Bot
 * Framework SDK would otherwise make every activity's locale the whole JVM's default locale.
 * Entities without a type, and empty entries in lists, are ignored.
 */
final class ActivityShape {

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
        if (activity.getConversation() == null || !TeamsIds.validAddress(activity.getConversation().getId())) {
            return Optional.of("the activity has no usable conversation id (1 to " + TeamsIds.MAX_ADDRESS
                    + " characters with no spaces, commas or control characters)");
        }
        if (activity.getRecipient() == null || !TeamsIds.validAddress(activity.getRecipient().getId())) {
            return Optional.of("the activity has no usable recipient id");
        }
        if (!optionalAddress(activity.getId()) || !optionalAddress(activity.getReplyToId())) {
            return Optional.of("the activity's id or replyToId is not a usable id");
        }
        boolean needsSender = activity.isType(ActivityTypes.MESSAGE) || activity.isType(ActivityTypes.CONVERSATION_UPDATE)
                || activity.isType(ActivityTypes.INSTALLATION_UPDATE);
        if ((needsSender || activity.getFrom() != null) && !validSender(activity.getFrom())) {
            return Optional.of("the activity has no usable sender: from.aadObjectId (or from.id without one) must be 1 to "
                    + TeamsIds.MAX_PERSON + " characters with no spaces, commas or control characters");
        }
        if (!wellFormedLocale(activity.getLocale())) {
            return Optional.of("the activity's locale is not a BCP 47 language tag");
        }
        return Optional.empty();
    }

    /** Takes out what the bot ignores and the SDK would trip over; call after {@link #problem} found nothing. */
    static void tidy(Activity activity) {
        activity.setLocale(null);
        if (activity.getEntities() != null) {
            activity.setEntities(activity.getEntities().stream()
                    .filter(entity -> entity != null && entity.getType() != null && !entity.getType().isBlank()).toList());
        }
        activity.setMembersAdded(withoutNulls(activity.getMembersAdded()));
        activity.setMembersRemoved(withoutNulls(activity.getMembersRemoved()));
    }

    private static List<ChannelAccount> withoutNulls(List<ChannelAccount> accounts) {
        return accounts == null ? null : accounts.stream().filter(Objects::nonNull).toList();
    }

    private static boolean validSender(ChannelAccount from) {
        if (from == null) {
            return false;
        }
        String aad = from.getAadObjectId();
        if (blank(aad)) {
            return TeamsIds.validPerson(from.getId());
        }
        return TeamsIds.validPerson(aad) && optionalAddress(from.getId());
    }

    private static boolean optionalAddress(String id) {
        return id == null || TeamsIds.validAddress(id);
    }

    private static boolean wellFormedLocale(String locale) {
        if (locale == null || locale.isEmpty()) {
            return true;
        }
        try {
            new Locale.Builder().setLanguageTag(locale);
            return true;
        } catch (IllformedLocaleException malformed) {
            return false;
        }
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
