package org.mentorbot.core.guidance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.privacy.PersonalRecords;

/** The person's pairs' progress through the playbook, in their export and gone with their erasure. */
public final class PlaybookRecords implements PersonalRecords {

    private final PlaybookStore store;

    public PlaybookRecords(PlaybookStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Object> export(ParticipantId person, Set<PairId> pairs) {
        List<Map<String, Object>> progress = pairs.stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .flatMap(pair -> store.find(pair).stream())
                .map(p -> Map.<String, Object>of("pair", p.pair().value(), "playbookStepsSent", p.stepsDone())).toList();
        return Map.of("playbook", progress);
    }

    @Override
    public void erase(ParticipantId person, Set<PairId> pairs) {
        store.deleteOf(pairs);
    }
}
