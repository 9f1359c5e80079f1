package org.mentorbot.core.people;

import java.time.Instant;
import java.util.Objects;

/** A person enrolled in the program, with their profile and whether they take part right now. */
public record Participant(ParticipantId id, Profile profile, ParticipantStatus status, Instant joinedAt) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }

    public Participant withStatus(ParticipantStatus newStatus) {
        return new Participant(id, profile, newStatus, joinedAt);
    }

    public Participant withProfile(Profile newProfile) {
        return new Participant(id, newProfile, status, joinedAt);
    }

    public String name() {
        return profile.displayName();
    }
}
