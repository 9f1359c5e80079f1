package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.pairing.MatchReason;

/**
 * Why a pair scored what it scored, part by part, and the reasons people read for it.
 *
 * @param department the mentee's department when both named one, else empty
 */
record ScoreBreakdown(
        List<String> sharedSkills, int skillPoints,
        List<String> sharedGoalWords, int goalPoints,
        int levelGap, int seniorityPoints,
        int sharedHours, int hourPoints,
        String department, boolean sameDepartment, int departmentPoints,
        String commonLanguage,
        List<String> sharedStyles, int stylePoints,
        int priorityPoints) {

    ScoreBreakdown {
        sharedSkills = List.copyOf(sharedSkills);
        sharedGoalWords = List.copyOf(sharedGoalWords);
        sharedStyles = List.copyOf(sharedStyles);
    }

    /** The pair's fit, without the mentee's priority. */
    int fit() {
        return skillPoints + goalPoints + seniorityPoints + hourPoints + departmentPoints + stylePoints;
    }

    /** What the solver maximises for the pair: its fit and the mentee's priority. */
    int total() {
        return fit() + priorityPoints;
    }

    List<MatchReason> reasons() {
        List<MatchReason> reasons = new ArrayList<>();
        if (!sharedSkills.isEmpty()) {
            reasons.add(MatchReason.of("reason.sharedSkills", String.join(", ", sharedSkills)));
        }
        if (!sharedGoalWords.isEmpty()) {
            reasons.add(MatchReason.of("reason.sharedGoals", String.join(", ", sharedGoalWords)));
        }
        reasons.add(seniority());
        if (sharedHours > 0) {
            reasons.add(MatchReason.of("reason.sharedHours", Integer.toString(sharedHours)));
        }
        if (!department.isEmpty()) {
            reasons.add(sameDepartment ? MatchReason.of("reason.sameDepartment", department) : MatchReason.of("reason.differentDepartments"));
        }
        for (String style : sharedStyles) {
            reasons.add(MatchReason.of("reason.style." + style));
        }
        if (!commonLanguage.isEmpty()) {
            reasons.add(MatchReason.of("reason.commonLanguage", commonLanguage));
        }
        return reasons;
    }

    private MatchReason seniority() {
        if (levelGap == 0) {
            return MatchReason.of("reason.sameLevel");
        }
        if (levelGap < 0) {
            return MatchReason.of(levelGap == -1 ? "reason.lessSenior.one" : "reason.lessSenior", Integer.toString(-levelGap));
        }
        return MatchReason.of(levelGap == 1 ? "reason.moreSenior.one" : "reason.moreSenior", Integer.toString(levelGap));
    }
}
