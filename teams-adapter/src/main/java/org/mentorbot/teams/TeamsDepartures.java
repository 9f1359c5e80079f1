package org.mentorbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;

/**
 * Who left, as Teams tells it: a person removed the app from their personal scope (an
 * {@code installationUpdate} whose {@code action} is {@code remove}; {@code remove-upgrade} is
 * the old version going during an app upgrade, and the person stays), or people were removed from
 * a conversation the bot is in (a {@code conversationUpdate} naming them in {@code membersRemoved};
 * the bot itself being removed is not a person leaving). A removed member is named as a sender is
 * ({@link TeamsPeople}): {@code teams:<aadObjectId>}, or {@code teams:<id>} without one; a member
 * whose id the bot could not keep ({@link TeamsIds}) is passed over, as are empty entries.
 */
final class TeamsDepartures {

    static final String REMOVE = "remove";

    private TeamsDepartures() {
    }

    /** The people the activity says left; none for any other activity. */
    static List<ParticipantId> in(Activity activity) {
        if (activity.isType(ActivityTypes.INSTALLATION_UPDATE)) {
            return uninstalledBy(activity).stream().toList();
        }
        if (activity.isType(ActivityTypes.CONVERSATION_UPDATE) && activity.getMembersRemoved() != null) {
            String bot = activity.getRecipient().getId();
            return activity.getMembersRemoved().stream().filter(Objects::nonNull).filter(m -> !bot.equals(m.getId()))
                    .map(TeamsDepartures::person).flatMap(Optional::stream).distinct().toList();
        }
        return List.of();
    }

    /** Who removed the app from their personal scope, if that is what the activity says: their conversation with the bot is gone. */
    static Optional<ParticipantId> uninstalledBy(Activity activity) {
        return activity.isType(ActivityTypes.INSTALLATION_UPDATE) && REMOVE.equals(activity.getAction())
                && TeamsPeople.isPersonal(activity) ? Optional.of(TeamsPeople.sender(activity).id()) : Optional.empty();
    }

    private static Optional<ParticipantId> person(ChannelAccount member) {
        String aad = member.getAadObjectId();
        String id = aad == null || aad.isBlank() ? member.getId() : aad;
        return TeamsIds.validPerson(id) ? Optional.of(ParticipantId.of(TeamsPeople.PLATFORM, id)) : Optional.empty();
    }
}
