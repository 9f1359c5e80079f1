package org.mentorbot.core.conversation;

/** The ids of buttons and forms, shared by every adapter so that a press means the same everywhere. */
public final class ActionIds {

    public static final String CHECKIN_MET = "checkin.met";
    public static final String CHECKIN_NOT_YET = "checkin.not_yet";
    public static final String CHECKIN_NEED_HELP = "checkin.need_help";
    public static final String FEEDBACK_OPEN = "feedback.open";
    public static final String PROFILE_EDIT = "profile.edit";
    public static final String PAUSE = "program.pause";
    public static final String RESUME = "program.resume";
    /** Leaves the program whose slug the button carries, after the question what leaving does. */
    public static final String LEAVE_CONFIRM = "program.leave_confirm";
    /** Erases everything the programs hold about the person who presses it, after the question what that does. */
    public static final String DELETE_CONFIRM = "privacy.delete_confirm";
    /** Answers a confirmation question with "no": nothing changes. */
    public static final String CANCEL = "confirm.cancel";
    /** Runs the command whose words the button carries, such as {@code join eng} from "which program?". */
    public static final String RUN_COMMAND = "command.run";
    /** Opens the pair's goals form; the value is the pairing's id. */
    public static final String GOALS_OPEN = "journey.goals";
    /** Opens the meeting log; the value is the pairing's id, followed by {@link #FROM_CHECK_IN} when pressed on a check-in. */
    public static final String MEETING_LOG_OPEN = "journey.log";
    /** Opens a review of the pair's goals; the value is the pairing's id, {@code #}, and the milestone. */
    public static final String REVIEW_OPEN = "journey.review";
    /** Marks a meeting log opened from a check-in already answered "we met", so it does not count twice. */
    public static final String FROM_CHECK_IN = "#checkin";

    /** Opens the thanks form for the pair whose id the button carries. */
    public static final String THANKS_OPEN = "thanks.open";
    /** Shares the thank-you whose id the button carries in the program's channel (the sender's consent). */
    public static final String THANKS_SHARE = "thanks.share";

    /** Ends a pairing as "not a good fit": opens the rematch form for the pairing the button carries. */
    public static final String REMATCH = "pairing.rematch";
    /** A mentee asks the suggested mentor the button carries. */
    public static final String CHOICE_REQUEST = "choice.request";
    public static final String CHOICE_ACCEPT = "choice.accept";
    public static final String CHOICE_DECLINE = "choice.decline";
    /** Opens a program's survey; the value is the program's scope and the stage, such as {@code eng~mid}. */
    public static final String SURVEY_OPEN = "survey.open";

    public static final String FORM_JOIN = "form.join";
    public static final String FORM_REMATCH = "form.rematch";
    public static final String FORM_FEEDBACK = "form.feedback";
    public static final String FORM_PROGRAM = "form.program";
    public static final String FORM_GOALS = "form.goals";
    public static final String FORM_MEETING = "form.meeting";
    public static final String FORM_REVIEW = "form.review";
    public static final String FORM_THANKS = "form.thanks";
    public static final String FORM_RESOURCE = "form.resource";
    public static final String FORM_SURVEY = "form.survey";

    private ActionIds() {
    }
}
