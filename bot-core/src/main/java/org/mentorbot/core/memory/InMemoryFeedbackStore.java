package org.mentorbot.core.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;

/** Polls and responses in memory; one response per person per poll through putIfAbsent. */
public final class InMemoryFeedbackStore implements FeedbackStore {

    private final Map<PollId, Poll> polls = new ConcurrentHashMap<>();
    private final Map<String, FeedbackResponse> responses = new ConcurrentHashMap<>();

    @Override
    public void savePoll(Poll poll) {
        polls.put(poll.id(), poll);
    }

    @Override
    public Optional<Poll> findPoll(PollId id) {
        return Optional.ofNullable(polls.get(id));
    }

    @Override
    public List<Poll> polls() {
        return List.copyOf(polls.values());
    }

    @Override
    public List<Poll> pollsOf(PairId pair) {
        return polls.values().stream().filter(p -> p.pair().equals(pair)).toList();
    }

    @Override
    public boolean answered(PollId poll, ParticipantId by) {
        return responses.containsKey(poll.value() + "|" + by.value());
    }

    @Override
    public boolean respond(FeedbackResponse response) {
        return responses.putIfAbsent(response.poll().value() + "|" + response.by().value(), response) == null;
    }

    @Override
    public List<FeedbackResponse> responses() {
        return List.copyOf(responses.values());
    }

    @Override
    public void deleteResponsesOf(ParticipantId person) {
        responses.values().removeIf(r -> r.by().equals(person));
    }
}
