package org.mentorbot.core.program;

import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.choice.MenteeChoiceFlow;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.privacy.PersonalDataFlow;
import org.mentorbot.core.rematch.RematchFlow;

/** The flows of one program, wired to its stores, rhythm, matching and messenger. */
public record ProgramFlows(EnrollmentFlow enrollment, PersonalDataFlow personalData, MatchingFlow matching,
                           CheckInFlow checkIns, FeedbackFlow feedback, StatsFlow stats, RematchFlow rematch,
                           MenteeChoiceFlow choice) {
}
