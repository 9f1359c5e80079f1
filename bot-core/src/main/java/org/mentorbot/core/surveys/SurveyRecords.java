package org.mentorbot.core.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.privacy.PersonalRecords;
import org.mentorbot.core.programs.SurveyStage;

/** The person's surveys in their {@code export} — when each was put to them, and their own answers — and gone with {@code delete me}. */
public final class SurveyRecords implements PersonalRecords {

    private final SurveyStore surveys;

    public SurveyRecords(SurveyStore surveys) {
        this.surveys = surveys;
    }

    @Override
    public Map<String, Object> export(ParticipantId person, Set<PairId> pairs) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (SurveyStage stage : SurveyStage.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            surveys.invitation(stage, person).ifPresent(i -> {
                one.put("askedAt", i.sentAt().toString());
                one.put("levelThen", i.level());
            });
            surveys.response(stage, person).ifPresent(r -> {
                one.put("answeredAt", r.at().toString());
                one.put("answers", r.answers());
            });
            if (!one.isEmpty()) {
                Map<String, Object> named = new LinkedHashMap<>();
                named.put("stage", stage.wireName());
                named.putAll(one);
                stages.add(named);
            }
        }
        return stages.isEmpty() ? Map.of() : Map.of("surveys", stages);
    }

    @Override
    public void erase(ParticipantId person, Set<PairId> pairs) {
        surveys.delete(person);
    }
}
