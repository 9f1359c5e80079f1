package org.mentorbot.core.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journey as it goes into a partner's own export: the goals, the meetings with their notes and
 * the reflections. Only a partner's export carries it — notes are theirs and their partner's.
 */
public final class JourneyExport {

    private JourneyExport() {
    }

    public static Map<String, Object> of(Journey journey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pair", journey.pair().value());
        m.put("goals", journey.goals().stream().map(g -> {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("what", g.what());
            goal.put("byWhen", g.byWhen());
            goal.put("status", g.status().wireName());
            goal.put("author", g.author().value());
            goal.put("updatedAt", g.updatedAt().toString());
            return goal;
        }).toList());
        m.put("meetings", journey.meetings().stream().map(x -> {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("date", x.date().toString());
            meeting.put("minutes", x.minutes());
            meeting.put("goalsTouched", List.copyOf(x.goalsTouched()));
            meeting.put("notes", x.notes());
            meeting.put("loggedBy", x.loggedBy().value());
            meeting.put("loggedAt", x.loggedAt().toString());
            return meeting;
        }).toList());
        m.put("milestones", journey.handled().stream().map(Milestone::wireName).toList());
        m.put("reflections", journey.reflections().stream().map(r -> {
            Map<String, Object> reflection = new LinkedHashMap<>();
            reflection.put("milestone", r.milestone().wireName());
            reflection.put("by", r.by().value());
            reflection.put("text", r.text());
            reflection.put("at", r.at().toString());
            return reflection;
        }).toList());
        return m;
    }
}
