package org.mentorbot.core.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.surveys.SurveyInvite;
import org.mentorbot.core.surveys.SurveyResponse;
import org.mentorbot.core.surveys.SurveyStore;

/** Surveys in memory: invitations, reminders and responses, each once per person and stage. */
public final class InMemorySurveyStore implements SurveyStore {

    private final Map<Key, SurveyInvite> invites = new ConcurrentHashMap<>();
    private final Set<Key> reminded = ConcurrentHashMap.newKeySet();
    private final Map<Key, SurveyResponse> responses = new ConcurrentHashMap<>();

    @Override
    public boolean invite(SurveyInvite invite) {
        return invites.putIfAbsent(new Key(invite.stage(), invite.person()), invite) == null;
    }

    @Override
    public Optional<SurveyInvite> invitation(SurveyStage stage, ParticipantId person) {
        return Optional.ofNullable(invites.get(new Key(stage, person)));
    }

    @Override
    public List<SurveyInvite> invitations() {
        return List.copyOf(invites.values());
    }

    @Override
    public boolean remind(SurveyStage stage, ParticipantId person, Instant at) {
        return reminded.add(new Key(stage, person));
    }

    @Override
    public boolean respond(SurveyResponse response) {
        return responses.putIfAbsent(new Key(response.stage(), response.person()), response) == null;
    }

    @Override
    public Optional<SurveyResponse> response(SurveyStage stage, ParticipantId person) {
        return Optional.ofNullable(responses.get(new Key(stage, person)));
    }

    @Override
    public List<SurveyResponse> responses() {
        return List.copyOf(responses.values());
    }

    @Override
    public void delete(ParticipantId person) {
        invites.keySet().removeIf(k -> k.person().equals(person));
        reminded.removeIf(k -> k.person().equals(person));
        responses.keySet().removeIf(k -> k.person().equals(person));
    }

    private record Key(SurveyStage stage, ParticipantId person) {
    }
}
