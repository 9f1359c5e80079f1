package org.mentorbot.core.surveys;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;

/**
 * A survey put to a person: once per person and stage. It keeps their level as it was then, so
 * that a level raised in their profile since the start counts as progression.
 *
 * @param level the person's level (1 to 10) when the survey was put to them
 */
public record SurveyInvite(SurveyStage stage, ParticipantId person, int level, Instant sentAt) {

    public SurveyInvite {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
