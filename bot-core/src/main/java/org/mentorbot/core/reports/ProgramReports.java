package org.mentorbot.core.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.journey.Milestone;
import org.mentorbot.core.memory.InMemorySurveyStore;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.surveys.SurveyStore;

/** Works out a program's {@link ProgramReport} from its stores, as they are now. */
public final class ProgramReports {

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final JourneyStore journeys;
    private final FeedbackStore feedback;
    private final LeaverStore leavers;
    private final SurveyStore surveys;

    public ProgramReports(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, JourneyStore journeys,
                          FeedbackStore feedback, LeaverStore leavers) {
        this(participants, pairings, checkIns, journeys, feedback, leavers, new InMemorySurveyStore());
    }

    public ProgramReports(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, JourneyStore journeys,
                          FeedbackStore feedback, LeaverStore leavers, SurveyStore surveys) {
        this.surveys = surveys;
        this.leavers = leavers;
        this.participants = participants;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.journeys = journeys;
        this.feedback = feedback;
    }

    /** The report as of {@code now}, retention against {@code baselineAnnualTurnover} (null when the program has none). */
    public ProgramReport report(Instant now, Double baselineAnnualTurnover) {
        return report(now, baselineAnnualTurnover, List.of());
    }

    /** The report as above, with what the program's survey {@code questions} were answered. */
    public ProgramReport report(Instant now, Double baselineAnnualTurnover, List<SurveyQuestion> questions) {
        List<Pairing> all = pairings.all();
        Set<PairId> metByCheckIn = new HashSet<>();
        checkIns.all().stream().filter(c -> c.answered().map(a -> a.outcome() == CheckInOutcome.MET).orElse(false))
                .map(CheckIn::pair).forEach(metByCheckIn::add);
        List<PairJourney> pairs = all.stream().map(p -> new PairJourney(p, journeys.of(p.id()))).toList();
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        List<Long> days = new ArrayList<>();
        for (PairJourney pair : pairs) {
            for (Meeting meeting : pair.journey().meetings()) {
                perMonth.merge(YearMonth.from(meeting.date()), 1, Integer::sum);
            }
            LocalDate introduced = LocalDate.ofInstant(pair.pairing().startedAt(), ZoneOffset.UTC);
            pair.journey().firstMeeting().ifPresent(first -> days.add(Math.max(0, ChronoUnit.DAYS.between(introduced, first))));
        }
        List<Participant> everyone = participants.all();
        int enrolled = (int) everyone.stream().filter(p -> p.profile().role().isMentored()).count();
        long observed = everyone.stream().map(Participant::joinedAt).min(Comparator.naturalOrder())
                .map(first -> Math.max(0, Duration.between(first, now).toDays())).orElse(0L);
        Retention retention = new Retention(everyone.size(), leavers.all().size(), observed, baselineAnnualTurnover);
        Funnel funnel = new Funnel(enrolled, mentees(pairs, p -> true),
                mentees(pairs, p -> !p.journey().meetings().isEmpty() || metByCheckIn.contains(p.pairing().id())),
                mentees(pairs, p -> !p.journey().goals().isEmpty()), mentees(pairs, p -> p.journey().achieved() > 0),
                mentees(pairs, p -> p.journey().hasHandled(Milestone.CLOSING_REFLECTION)));
        List<FeedbackResponse> responses = feedback.responses();
        Map<ParticipantId, Integer> levels = new HashMap<>();
        everyone.forEach(p -> levels.put(p.id(), p.profile().level()));
        SurveyResults surveyed = SurveyResults.of(questions, surveys.invitations(), surveys.responses(), levels);
        return new ProgramReport(funnel, perMonth, responses.stream().map(FeedbackResponse::rating).toList(), days,
                responses.stream().map(FeedbackResponse::comment).filter(c -> !c.isBlank()).toList(), retention, surveyed);
    }

    private static int mentees(List<PairJourney> pairs, Predicate<PairJourney> reached) {
        Set<ParticipantId> mentees = new HashSet<>();
        pairs.stream().filter(reached).forEach(p -> mentees.add(p.pairing().mentee()));
        return mentees.size();
    }

    private record PairJourney(Pairing pairing, Journey journey) {
    }
}
