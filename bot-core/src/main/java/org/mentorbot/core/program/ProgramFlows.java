package org.mentorbot.core.program;

import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.choice.MenteeChoiceFlow;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.guidance.GuidanceFlow;
import org.mentorbot.core.guidance.PlaybookFlow;
import org.mentorbot.core.journey.JourneyFlow;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.privacy.PersonalDataFlow;
import org.mentorbot.core.recognition.RecognitionFlow;
import org.mentorbot.core.recognition.ThanksFlow;
import org.mentorbot.core.rematch.RematchFlow;
import org.mentorbot.core.surveys.SurveyFlow;

/** The flows of one program, wired to its stores, rhythm, matching and messenger. */
public record ProgramFlows(EnrollmentFlow enrollment, PersonalDataFlow personalData, MatchingFlow matching,
                           CheckInFlow checkIns, FeedbackFlow feedback, StatsFlow stats, JourneyFlow journey,
                           GuidanceFlow guidance, PlaybookFlow playbook, ThanksFlow thanks, RecognitionFlow recognition,
                           RematchFlow rematch, MenteeChoiceFlow choice, SurveyFlow surveys) {
}
