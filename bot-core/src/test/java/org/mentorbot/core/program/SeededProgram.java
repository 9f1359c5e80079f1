package org.mentorbot.core.program;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.journey.Goal;
import org.mentorbot.core.journey.GoalStatus;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.journey.Milestone;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.testkit.Conversation;

/**
 * A program with a known history, for tests that check every number a report or an export shows
 * against values worked out by hand:
 * <ul>
 *   <li>mentors Maya, Rui and {@code Zoë "Z", Ops}; mentees Ed, Lin, {@code =1+2} and Kai (never matched);</li>
 *   <li>Maya–Ed, introduced 5 Jan 2026, active: goals 2 (1 achieved), meetings 12 Jan and 9 Feb, check-ins
 *       "met" (12 Jan) then "not yet" (1 Feb), the closing reflection reached;</li>
 *   <li>Rui–Lin, introduced 5 Jan 2026, ended 15 Feb by Lin ("left"): goal 1 (none achieved), meeting 20 Jan,
 *       check-in "need help" (19 Jan);</li>
 *   <li>Zoë–{@code =1+2}, introduced 2 Feb 2026, active and stalled: nothing logged.</li>
 * </ul>
 */
final class SeededProgram {

    static final Instant JAN_5 = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant FEB_2 = Instant.parse("2026-02-02T10:00:00Z");

    final Conversation chat;
    final Actor maya = Conversation.person("UMAYA", "Maya");
    final Actor rui = Conversation.person("URUI", "Rui");
    final Actor zoe = Conversation.person("UZOE", "Zoë \"Z\", Ops");
    final Actor ed = Conversation.person("UED", "Ed");
    final Actor lin = Conversation.person("ULIN", "Lin");
    final Actor formula = Conversation.person("UFORM", "=1+2");
    final Actor kai = Conversation.person("UKAI", "Kai");
    final PairId mayaEd = new PairId("pair-maya-ed");
    final PairId ruiLin = new PairId("pair-rui-lin");
    final PairId zoeFormula = new PairId("pair-zoe-formula");

    SeededProgram() {
        this(Anonymity.DEFAULT);
    }

    SeededProgram(Anonymity anonymity) {
        chat = new Conversation(anonymity);
        for (Actor mentor : List.of(maya, rui, zoe)) {
            chat.join(mentor, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        }
        for (Actor mentee : List.of(ed, lin, formula, kai)) {
            chat.join(mentee, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        }
        pair(mayaEd, maya, ed, JAN_5, false, null);
        pair(ruiLin, rui, lin, JAN_5, false, new Pairing.Ending(Instant.parse("2026-02-15T09:00:00Z"), lin.id(), "left"));
        pair(zoeFormula, zoe, formula, FEB_2, true, null);

        journey(Journey.empty(mayaEd)
                .withGoals(List.of(goal("Lead a design review", GoalStatus.ACHIEVED, ed), goal("Give a talk", GoalStatus.IN_PROGRESS, ed)))
                .withMeeting(meeting("2026-01-12", 60, ed))
                .withMeeting(meeting("2026-02-09", 30, maya))
                .handled(Milestone.CLOSING_REFLECTION));
        journey(Journey.empty(ruiLin)
                .withGoals(List.of(goal("Learn Rust", GoalStatus.NOT_STARTED, lin)))
                .withMeeting(meeting("2026-01-20", 45, lin)));

        answered("c1", mayaEd, "2026-01-12T09:00:00Z", CheckInOutcome.MET, ed);
        answered("c2", mayaEd, "2026-02-01T09:00:00Z", CheckInOutcome.NOT_YET, maya);
        answered("c3", ruiLin, "2026-01-19T09:00:00Z", CheckInOutcome.NEED_HELP, lin);
    }

    /** Feedback on the pairs: {@code ratings[i]} by the i-th of Ed, Maya, Lin, Rui, with a comment each. */
    void feedback(int... ratings) {
        List<Actor> raters = List.of(ed, maya, lin, rui);
        for (int i = 0; i < ratings.length; i++) {
            Actor rater = raters.get(i);
            PairId pair = i < 2 ? mayaEd : ruiLin;
            PollId poll = new PollId("poll-" + rater.displayName());
            chat.stores.feedback().savePoll(new Poll(poll, pair, Instant.parse("2026-02-03T09:00:00Z"), false));
            chat.stores.feedback().respond(new FeedbackResponse(poll, rater.id(), ratings[i], "Comment " + (i + 1),
                    Instant.parse("2026-02-03T12:00:00Z")));
        }
    }

    private void pair(PairId id, Actor mentor, Actor mentee, Instant at, boolean stalled, Pairing.Ending ending) {
        chat.stores.pairings().create(new Pairing(id, mentor.id(), mentee.id(), PairingStatus.ACTIVE,
                at, 50, List.of(), Duration.ofDays(14), at.plus(Duration.ofDays(7)), null, stalled ? 3 : 0, stalled, null), 1);
        if (ending != null) {
            Pairing open = chat.stores.pairings().find(id).orElseThrow();
            chat.stores.pairings().replace(open, open.ended(ending));
        }
    }

    private void journey(Journey journey) {
        chat.stores.journeys().replace(Journey.empty(journey.pair()), journey);
    }

    private void answered(String id, PairId pair, String at, CheckInOutcome outcome, Actor by) {
        Instant when = Instant.parse(at);
        CheckInId checkIn = new CheckInId(id);
        chat.stores.checkIns().save(new CheckIn(checkIn, pair, when.minus(Duration.ofHours(1)), null));
        chat.stores.checkIns().answer(checkIn, new CheckIn.Answer(outcome, by.id(), when));
    }

    private static Goal goal(String what, GoalStatus status, Actor author) {
        return new Goal(what, "June", status, author.id(), JAN_5);
    }

    private static Meeting meeting(String date, int minutes, Actor by) {
        return new Meeting(LocalDate.parse(date), minutes, List.of(1), "private note", by.id(), Instant.parse(date + "T18:00:00Z"));
    }
}
