package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;

/**
 * Many active pairs at once, written straight into the stores as if each had been matched a
 * moment ago: both partners enrolled, and each with the personal chat on the fake connector
 * that Teams would have given the bot at install. The first check-in is a week away, so only
 * an admin's {@code nudge} reaches them.
 */
final class ActivePairs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivePairs() {
    }

    /** Creates {@code count} pairs; each partner's chat is {@code a:<label>-<their user id>}. */
    static void create(Stores stores, String serviceUrl, String label, int count) {
        for (int i = 0; i < count; i++) {
            createOne(stores, serviceUrl, label, i, label + "-mentor-" + i, label + "-mentee-" + i);
        }
    }

    /**
     * Pair number {@code i} of {@code label}, whose partners go by {@code mentorName} and {@code menteeName}; their ids
     * are {@code teams:aad-<label>-mentor-<i>} and {@code teams:aad-<label>-mentee-<i>}.
     */
    static void createOne(Stores stores, String serviceUrl, String label, int i, String mentorName, String menteeName) {
        Instant now = Instant.now();
        ParticipantId mentor = enrol(stores, label + "-mentor-" + i, mentorName, Role.MENTOR, now);
        ParticipantId mentee = enrol(stores, label + "-mentee-" + i, menteeName, Role.MENTEE, now);
        remember(stores, mentor, serviceUrl, label);
        remember(stores, mentee, serviceUrl, label);
        stores.pairings().create(new Pairing(new PairId(label + "-pair-" + i), mentor, mentee, PairingStatus.ACTIVE, now, 1,
                List.of(), Duration.ofDays(14), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(30)), 0, false, null), 1);
    }

    /** The prefix of every chat of the pairs made with {@code label}. */
    static String chatPrefix(String label) {
        return "a:" + label + "-";
    }

    private static ParticipantId enrol(Stores stores, String userName, String name, Role role, Instant now) {
        ParticipantId id = ParticipantId.of("teams", "aad-" + userName);
        Profile profile = new Profile(name, role, List.of("java"), List.of("java"), "", "", 3, ZoneId.of("UTC"), List.of("en"),
                role == Role.MENTOR ? 1 : 0, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, now));
        return id;
    }

    /** The conversation reference Teams would have given at install, as the bot stores it. */
    private static void remember(Stores stores, ParticipantId person, String serviceUrl, String label) {
        ObjectNode reference = JSON.createObjectNode();
        reference.put("channelId", "msteams").put("serviceUrl", serviceUrl);
        reference.putObject("conversation").put("id", chatPrefix(label) + person.userId()).put("conversationType", "personal");
        reference.putObject("user").put("id", "29:1" + person.userId()).put("aadObjectId", person.userId());
        reference.putObject("bot").put("id", "28:00000000-0000-0000-0000-00000000b07").put("name", "Mentorbot");
        stores.addresses().remember(person, reference.toString());
    }
}
