package org.mentorbot.core.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.recognition.Thanks;

/** Thanks, meetings, milestones and opt-ins in memory; first-time marks are atomic set additions. */
public final class InMemoryRecognitionStore implements RecognitionStore {

    private final Map<String, Thanks> thanks = new ConcurrentHashMap<>();
    private final AtomicInteger thanksSent = new AtomicInteger();
    private final Map<ParticipantId, Set<String>> meetings = new ConcurrentHashMap<>();
    private final Map<ParticipantId, Set<String>> milestones = new ConcurrentHashMap<>();
    private final Set<ParticipantId> optedIn = ConcurrentHashMap.newKeySet();

    @Override
    public void saveThanks(Thanks saved) {
        if (thanks.putIfAbsent(saved.id(), saved) == null) {
            thanksSent.incrementAndGet();
        }
    }

    @Override
    public Optional<Thanks> findThanks(String id) {
        return Optional.ofNullable(thanks.get(id));
    }

    @Override
    public boolean markShared(String id) {
        boolean[] marked = {false};
        thanks.computeIfPresent(id, (key, stored) -> {
            marked[0] = !stored.shared();
            return stored.sharedNow();
        });
        return marked[0];
    }

    @Override
    public List<Thanks> thanksFrom(ParticipantId person) {
        return thanks.values().stream().filter(t -> t.from().equals(person)).toList();
    }

    @Override
    public List<Thanks> thanksTo(ParticipantId person) {
        return thanks.values().stream().filter(t -> t.to().equals(person)).toList();
    }

    @Override
    public int thanksSent() {
        return thanksSent.get();
    }

    @Override
    public boolean recordMeeting(ParticipantId mentor, String meeting) {
        return meetings.computeIfAbsent(mentor, m -> ConcurrentHashMap.newKeySet()).add(meeting);
    }

    @Override
    public int meetingsHeld(ParticipantId mentor) {
        return meetings.getOrDefault(mentor, Set.of()).size();
    }

    @Override
    public Set<ParticipantId> mentorsWithMeetings() {
        Set<ParticipantId> mentors = new HashSet<>();
        meetings.forEach((mentor, held) -> {
            if (!held.isEmpty()) {
                mentors.add(mentor);
            }
        });
        return mentors;
    }

    @Override
    public boolean markMilestone(ParticipantId person, String milestone) {
        return milestones.computeIfAbsent(person, m -> ConcurrentHashMap.newKeySet()).add(milestone);
    }

    @Override
    public Set<String> milestonesOf(ParticipantId person) {
        return Set.copyOf(milestones.getOrDefault(person, Set.of()));
    }

    @Override
    public void optIn(ParticipantId person, boolean on) {
        if (on) {
            optedIn.add(person);
        } else {
            optedIn.remove(person);
        }
    }

    @Override
    public boolean optedIn(ParticipantId person) {
        return optedIn.contains(person);
    }

    @Override
    public Set<ParticipantId> optedIn() {
        return Set.copyOf(optedIn);
    }

    @Override
    public void forget(ParticipantId person) {
        thanks.values().removeIf(t -> t.from().equals(person) || t.to().equals(person));
        meetings.remove(person);
        milestones.remove(person);
        optedIn.remove(person);
    }
}
