package org.mentorbot.core.surveys;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;

/**
 * A person's answers to one stage's survey, by question key: one response per person and stage.
 * Nobody else ever reads them one by one; reports show aggregates over enough of them.
 */
public record SurveyResponse(SurveyStage stage, ParticipantId person, Map<String, Integer> answers, Instant at) {

    public SurveyResponse {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(person, "person");
        answers = java.util.Collections.unmodifiableMap(new TreeMap<>(answers == null ? Map.of() : answers));
        Objects.requireNonNull(at, "at");
    }
}
