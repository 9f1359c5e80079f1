package org.mentorbot.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;

/**
 * People written straight into a program's store, for the tests that need more of them than
 * joining one by one through a platform would take time for: mentors (level 4, one seat) who
 * offer one skill and mentees (level 2) who want it, in UTC, speaking English.
 */
public final class OneSkillRoster {

    private OneSkillRoster() {
    }

    public static void enrol(Stores stores, ParticipantId id, String name, Role role, String skill, Instant now) {
        List<String> skills = List.of(skill);
        Profile profile = new Profile(name, role, role == Role.MENTOR ? skills : List.of(), role == Role.MENTEE ? skills : List.of(),
                "", "", role == Role.MENTOR ? 4 : 2, ZoneId.of("UTC"), List.of("en"), role == Role.MENTOR ? 1 : 0, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, now));
    }
}
