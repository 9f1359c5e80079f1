package org.mentorbot.core.pairing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * A mentor and a mentee working together, from their introduction until one of them (or an
 * admin) ends it. The pairing also carries its rhythm: when the next check-in is due, when
 * the feedback poll is due, how many check-ins running were answered "not yet", and how many
 * nudges and polls running no platform accepted — kept here, with the pairing, so that every
 * node backs off alike and a restart does not start the count again.
 *
 * @param nextCheckInAt    when the next check-in nudge is due
 * @param feedbackDueAt    when the feedback poll is due; null once it has been sent
 * @param ending           why and when the pairing ended; null while it is open
 * @param checkInFailures  scheduled nudges in a row that no platform accepted; 0 once one got through
 * @param pollFailures     scheduled polls in a row that no platform accepted; 0 once one got through
 * @param milestoneDueAt   when the pair's journey next needs a look (a goals prompt, the mid-point review,
 *                         the closing reflection, the not-started flag); null when nothing more is due
 * @param milestoneFailures scheduled milestone prompts in a row that no platform accepted
 * @param circle           the circle the pairing belongs to, when a circles program formed it together with the
 *                         mentor's other new mentees of the round; null for a pair on its own
 */
public record Pairing(
        PairId id,
        ParticipantId mentor,
        ParticipantId mentee,
        PairingStatus status,
        Instant startedAt,
        int score,
        List<MatchReason> reasons,
        Duration cadence,
        Instant nextCheckInAt,
        Instant feedbackDueAt,
        int notYetStreak,
        boolean stalled,
        Ending ending,
        int checkInFailures,
        int pollFailures,
        Instant milestoneDueAt,
        int milestoneFailures,
        CircleId circle) {

    public Pairing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(nextCheckInAt, "nextCheckInAt");
        reasons = List.copyOf(reasons);
        if (mentor.equals(mentee)) {
            throw new IllegalArgumentException("nobody mentors themself: " + mentor);
        }
        if ((status == PairingStatus.ENDED) != (ending != null)) {
            throw new IllegalArgumentException("an ended pairing, and only an ended one, has an ending");
        }
        if (checkInFailures < 0 || pollFailures < 0 || milestoneFailures < 0) {
            throw new IllegalArgumentException("delivery failures cannot be negative: " + checkInFailures + ", " + pollFailures);
        }
    }

    /** A pairing outside any circle. */
    public Pairing(PairId id, ParticipantId mentor, ParticipantId mentee, PairingStatus status, Instant startedAt, int score,
                   List<MatchReason> reasons, Duration cadence, Instant nextCheckInAt, Instant feedbackDueAt, int notYetStreak,
                   boolean stalled, Ending ending, int checkInFailures, int pollFailures, Instant milestoneDueAt,
                   int milestoneFailures) {
        this(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt, feedbackDueAt, notYetStreak,
                stalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, null);
    }

    /** A pairing none of whose nudges or polls has failed yet. */
    public Pairing(PairId id, ParticipantId mentor, ParticipantId mentee, PairingStatus status, Instant startedAt, int score,
                   List<MatchReason> reasons, Duration cadence, Instant nextCheckInAt, Instant feedbackDueAt, int notYetStreak,
                   boolean stalled, Ending ending) {
        this(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt, feedbackDueAt, notYetStreak,
                stalled, ending, 0, 0, null, 0);
    }

    /** A pairing with no journey milestone scheduled. */
    public Pairing(PairId id, ParticipantId mentor, ParticipantId mentee, PairingStatus status, Instant startedAt, int score,
                   List<MatchReason> reasons, Duration cadence, Instant nextCheckInAt, Instant feedbackDueAt, int notYetStreak,
                   boolean stalled, Ending ending, int checkInFailures, int pollFailures) {
        this(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt, feedbackDueAt, notYetStreak,
                stalled, ending, checkInFailures, pollFailures, null, 0);
    }

    /** Who ended a pairing, when, and why ({@code left}, {@code deleted}, …). */
    public record Ending(Instant at, ParticipantId by, String reason) {
        public Ending {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public boolean involves(ParticipantId person) {
        return mentor.equals(person) || mentee.equals(person);
    }

    public ParticipantId partnerOf(ParticipantId person) {
        return mentor.equals(person) ? mentee : mentor;
    }

    public List<ParticipantId> members() {
        return List.of(mentor, mentee);
    }

    public Optional<CircleId> circleIfAny() {
        return Optional.ofNullable(circle);
    }

    /** The pairing as a member of {@code newCircle}. */
    public Pairing inCircle(CircleId newCircle) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures,
                newCircle);
    }

    public Optional<Ending> endingIfAny() {
        return Optional.ofNullable(ending);
    }

    public MentorMentee asMentorMentee() {
        return new MentorMentee(mentor, mentee);
    }

    public Pairing withStatus(PairingStatus newStatus) {
        return new Pairing(id, mentor, mentee, newStatus, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing ended(Ending why) {
        return new Pairing(id, mentor, mentee, PairingStatus.ENDED, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, why, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withNextCheckInAt(Instant next) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, next,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withFeedbackDueAt(Instant due) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                due, notYetStreak, stalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withStreak(int newStreak, boolean nowStalled) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, newStreak, nowStalled, ending, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withCheckInFailures(int failures) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, failures, pollFailures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withPollFailures(int failures) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, failures, milestoneDueAt, milestoneFailures, circle);
    }

    public Pairing withMilestoneDueAt(Instant due) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, pollFailures, due, milestoneFailures, circle);
    }

    public Pairing withMilestoneFailures(int failures) {
        return new Pairing(id, mentor, mentee, status, startedAt, score, reasons, cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, ending, checkInFailures, pollFailures, milestoneDueAt, failures, circle);
    }

    /**
     * The pairing as it is kept once {@code person} is erased: {@code placeholder} wherever it named
     * them, and no match reasons, which were read from both profiles.
     */
    public Pairing withoutPerson(ParticipantId person, ParticipantId placeholder) {
        ParticipantId newMentor = mentor.equals(person) ? placeholder : mentor;
        ParticipantId newMentee = mentee.equals(person) ? placeholder : mentee;
        Ending newEnding = ending == null || !ending.by().equals(person) ? ending : new Ending(ending.at(), placeholder, ending.reason());
        return new Pairing(id, newMentor, newMentee, status, startedAt, score, List.of(), cadence, nextCheckInAt,
                feedbackDueAt, notYetStreak, stalled, newEnding, checkInFailures, pollFailures, milestoneDueAt, milestoneFailures,
                circle);
    }
}
