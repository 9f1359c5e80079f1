package org.mentorbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.people.ParticipantId;

/**
 * Who sent an activity, in core's terms. A Teams user is {@code teams:<aadObjectId>}, the id
 * that stays the same across every chat, team and tenant app; only a sender without one (the
 * Bot Framework Emulator) falls back to the channel account id. The activity's
 * {@code localTimezone} pre-fills the enrollment form.
 */
public final class TeamsPeople {

    public static final String PLATFORM = "teams";

    private TeamsPeople() {
    }

    public static Actor sender(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String aad = from.getAadObjectId();
        String userId = aad == null || aad.isBlank() ? from.getId() : aad;
        return new Actor(ParticipantId.of(PLATFORM, userId), from.getName(), zone(activity.getLocalTimezone()));
    }

    /** True for a one-to-one chat with the bot (the Emulator sends no conversation type). */
    public static boolean isPersonal(Activity activity) {
        String type = activity.getConversation().getConversationType();
        return type == null || type.isBlank() || type.equals("personal");
    }

    private static Optional<ZoneId> zone(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }
}
