package org.mentorbot.core.journey;

import java.time.Instant;
import java.util.List;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;

/** How the pair's milestones put a program's surveys to its people, and remind them. */
public interface SurveyPrompts {

    /** A program that surveys nobody. */
    SurveyPrompts NONE = new SurveyPrompts() {
        @Override
        public boolean asks(SurveyStage stage) {
            return false;
        }

        @Override
        public Delivery invite(List<ParticipantId> people, SurveyStage stage, Instant now) {
            return Delivery.to(people);
        }

        @Override
        public Delivery remind(List<ParticipantId> people, SurveyStage stage, Instant now) {
            return Delivery.to(people);
        }
    };

    /** Whether the program asks anything at {@code stage}. */
    boolean asks(SurveyStage stage);

    /**
     * Puts the stage's survey to each of the people not asked it yet. Whoever was asked already
     * counts as reached, so a mentor with several mentees is asked once.
     */
    Delivery invite(List<ParticipantId> people, SurveyStage stage, Instant now);

    /** Reminds, once, each of the people who were asked the stage's survey and have not answered; the others count as reached. */
    Delivery remind(List<ParticipantId> people, SurveyStage stage, Instant now);
}
