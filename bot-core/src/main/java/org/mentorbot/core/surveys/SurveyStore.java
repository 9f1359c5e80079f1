package org.mentorbot.core.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;

/**
 * A program's surveys: who was asked at which stage, who was reminded, and the responses. Every
 * record is kept once per person and stage, atomically, whoever asks how many times. Every method
 * throws {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be
 * reached, having changed nothing.
 */
public interface SurveyStore {

    /** Records the invitation unless the person was asked at that stage already; answers whether it did. */
    boolean invite(SurveyInvite invite);

    Optional<SurveyInvite> invitation(SurveyStage stage, ParticipantId person);

    /** Every invitation, in no particular order. */
    List<SurveyInvite> invitations();

    /** Records that the person was reminded of the stage's survey, unless they were already; answers whether it did. */
    boolean remind(SurveyStage stage, ParticipantId person, Instant at);

    /** Records the response unless the person answered that stage already; answers whether it did. */
    boolean respond(SurveyResponse response);

    Optional<SurveyResponse> response(SurveyStage stage, ParticipantId person);

    /** Every response, in no particular order. */
    List<SurveyResponse> responses();

    /** Erases everything held about the person: invitations, reminders and responses (for "delete me"). */
    void delete(ParticipantId person);
}
