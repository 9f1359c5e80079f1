package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.choice.MenteeChoiceFlow;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.UnreachableReporting;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.guidance.GuidanceFlow;
import org.mentorbot.core.guidance.PlaybookFlow;
import org.mentorbot.core.guidance.PlaybookIntroducer;
import org.mentorbot.core.guidance.PlaybookRecords;
import org.mentorbot.core.introduction.Introductions;
import org.mentorbot.core.journey.JourneyFlow;
import org.mentorbot.core.journey.MetCheckIns;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.outcomes.LeaverRecords;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.privacy.PersonalDataFlow;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.recognition.MeetingCount;
import org.mentorbot.core.recognition.RecognitionFlow;
import org.mentorbot.core.recognition.ThanksFlow;
import org.mentorbot.core.rematch.RematchFlow;
import org.mentorbot.core.reports.ChartRenderer;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.surveys.SurveyFlow;
import org.mentorbot.core.surveys.SurveyRecords;

/**
 * Puts one program together from its parts: stores, the platforms' messenger, the admins,
 * the settings, a clock and an id source. The application, the tests and the benchmarks all
 * assemble the bot here, so that they run the same program.
 */
public final class ProgramAssembly {

    private ProgramAssembly() {
    }

    public static ProgramFlows program(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                       Matcher matcher, IdGenerator ids, Copy copy, Clock clock) {
        return program(stores, platforms, admins, settings, matcher, ids, copy, clock, "", "");
    }

    /**
     * One program's flows; its join form carries {@code formContext} back so that a submission
     * finds the program, and says {@code formIntro} above its inputs.
     */
    public static ProgramFlows program(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                       Matcher matcher, IdGenerator ids, Copy copy, Clock clock, String formContext,
                                       String formIntro) {
        Program program = Program.named(ProgramSlug.DEFAULT, copy.text("programs.defaultName"));
        ProgramStore programs = new InMemoryProgramStore();
        programs.save(program);
        return program(stores, platforms, admins, settings, matcher, ids, copy, clock, formContext, formIntro, program, programs);
    }

    /**
     * One program's flows, for {@code program} as defined in {@code programs} (its playbook,
     * channel and guides; admins add guides to it there).
     */
    public static ProgramFlows program(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                       Matcher matcher, IdGenerator ids, Copy copy, Clock clock, String formContext,
                                       String formIntro, Program program, ProgramStore programs) {
        return program(stores, platforms, admins, settings, matcher, ids, copy, clock, formContext, formIntro, program, programs,
                Anonymity.DEFAULT);
    }

    /** One program's flows, as above, withholding aggregates over fewer answers than {@code anonymity} asks for. */
    public static ProgramFlows program(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                       Matcher matcher, IdGenerator ids, Copy copy, Clock clock, String formContext,
                                       String formIntro, Program program, ProgramStore programs, Anonymity anonymity) {
        Messenger messenger = new UnreachableReporting(platforms, admins, copy);
        AdminAlerts alerts = new AdminAlerts(admins, messenger);
        PairingLifecycle lifecycle = new PairingLifecycle(stores.pairings());
        EnrollmentFlow enrollment = new EnrollmentFlow(stores.participants(), lifecycle, messenger, copy, formContext, formIntro);
        CheckInFlow checkIns = new CheckInFlow(stores.pairings(), stores.checkIns(), stores.participants(), messenger, alerts,
                settings, ids, copy, clock);
        PlaybookFlow playbook = new PlaybookFlow(stores.pairings(), stores.playbooks(), stores.participants(), messenger,
                program, settings, copy);
        RecognitionFlow recognition = new RecognitionFlow(program, stores.recognition(), stores.participants(), messenger, copy);
        Introductions introductions = new Introductions(copy);
        MatchingFlow matching = new MatchingFlow(stores.participants(), stores.pairings(), matcher,
                new PlaybookIntroducer(introductions, playbook), messenger, settings, ids, copy, stores.waitlist(),
                program.kind() == ProgramKind.CIRCLES);
        SurveyFlow surveys = new SurveyFlow(program, stores.surveys(), stores.participants(), stores.pairings(), messenger, copy,
                anonymity);
        return new ProgramFlows(
                enrollment,
                new PersonalDataFlow(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(),
                        stores.addresses(), enrollment, stores.journeys(), copy, stores.waitlist(), stores.requests(),
                        List.of(recognition, new PlaybookRecords(stores.playbooks()), new LeaverRecords(stores.leavers()),
                                new SurveyRecords(stores.surveys())), ids),
                matching,
                checkIns,
                new FeedbackFlow(stores.pairings(), stores.feedback(), messenger, ids, copy, clock),
                new StatsFlow(stores.counters(), stores.pairings(), copy, anonymity),
                new JourneyFlow(stores.pairings(), stores.journeys(), stores.participants(), messenger, alerts,
                        loggedMeeting(stores, checkIns, recognition), recognition::goalAchieved, settings, copy, clock, anonymity, surveys),
                new GuidanceFlow(program, programs, stores.participants(), copy),
                playbook,
                new ThanksFlow(program, stores.pairings(), stores.recognition(), stores.participants(), messenger, ids, copy),
                recognition,
                new RematchFlow(stores.pairings(), stores.participants(), stores.waitlist(), messenger, alerts, copy),
                new MenteeChoiceFlow(stores.requests(), matching, new PlaybookIntroducer(introductions, playbook),
                        stores.participants(), stores.pairings(), messenger, ids, copy, program.requestTimeout(), formContext),
                surveys);
    }

    /**
     * A logged meeting answers the pair's open check-in "we met" and counts for the mentor's
     * recognition. A meeting already counted by a "we met" press in the past week is not counted
     * again when it is logged afterwards.
     */
    private static MetCheckIns loggedMeeting(Stores stores, CheckInFlow checkIns, MeetingCount meetings) {
        return (pair, by, now) -> {
            boolean answered = checkIns.answerMetByLog(pair, by, now);
            if (answered || !metRecently(stores, pair, now)) {
                stores.pairings().find(pair).ifPresent(p -> meetings.held(p, "log:" + now.toEpochMilli(), now));
            }
            return answered;
        };
    }

    private static boolean metRecently(Stores stores, PairId pair, Instant now) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        return stores.checkIns().of(pair).stream().map(CheckIn::answered).flatMap(Optional::stream)
                .anyMatch(a -> a.outcome() == CheckInOutcome.MET && a.at().isAfter(weekAgo));
    }

    /**
     * The programs' registry: their definitions in {@code programs}, each program's state in
     * {@code space}, messages through {@code platforms}; {@code admins} run every program.
     */
    public static ProgramRegistry registry(ProgramStore programs, ProgramRegistry.StoreSpace space, Messenger platforms,
                                           Admins admins, Clock clock, IdGenerator ids, Copy copy) {
        return registry(programs, space, platforms, admins, clock, ids, copy, Anonymity.DEFAULT);
    }

    /** The programs' registry, as above, withholding aggregates over fewer answers than {@code anonymity} asks for. */
    public static ProgramRegistry registry(ProgramStore programs, ProgramRegistry.StoreSpace space, Messenger platforms,
                                           Admins admins, Clock clock, IdGenerator ids, Copy copy, Anonymity anonymity) {
        return new ProgramRegistry(programs, space, platforms, admins, clock, ids, copy, anonymity);
    }

    /** A bot running the one {@code default} program with {@code settings}, its state in {@code stores} and in memory. */
    public static MentorBot singleProgram(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                          Clock clock, IdGenerator ids, Copy copy) {
        ProgramStore programs = new InMemoryProgramStore();
        Program named = Program.named(ProgramSlug.DEFAULT, copy.text("programs.defaultName"));
        programs.save(new Program(named.slug(), named.name(), "", null, null, "", settings, null, null, true, Set.of(), "",
                null, null, null, null, List.of(), null));
        return bot(registry(programs, stores.inMemorySpace(), platforms, admins, clock, ids, copy), clock, copy);
    }

    public static MentorBot bot(ProgramRegistry registry, Clock clock, Copy copy) {
        return new MentorBot(registry, clock, copy);
    }

    /** A bot whose {@code report} draws its charts with {@code charts}. */
    public static MentorBot bot(ProgramRegistry registry, Clock clock, Copy copy, ChartRenderer charts) {
        return new MentorBot(registry, clock, copy, charts);
    }
}
