package org.mentorbot.core.outcomes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.privacy.PersonalRecords;

/** A leaver's record in the person's {@code export}, and gone with {@code delete me}. */
public final class LeaverRecords implements PersonalRecords {

    private final LeaverStore leavers;

    public LeaverRecords(LeaverStore leavers) {
        this.leavers = leavers;
    }

    @Override
    public Map<String, Object> export(ParticipantId person, Set<PairId> pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        leavers.all().stream().filter(l -> l.person().equals(person)).findFirst().ifPresent(l -> {
            Map<String, Object> left = new LinkedHashMap<>();
            left.put("at", l.at().toString());
            left.put("role", l.role().name().toLowerCase(java.util.Locale.ROOT));
            data.put("leftTheOrganisation", left);
        });
        return data;
    }

    @Override
    public void erase(ParticipantId person, Set<PairId> pairs) {
        leavers.delete(person);
    }
}
