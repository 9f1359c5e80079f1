package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.choice.MenteeChoiceFlow;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.UnreachableReporting;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.introduction.Introductions;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.privacy.PersonalDataFlow;
import org.mentorbot.core.rematch.RematchFlow;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.schedule.ProgramSettings;

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
        return program(stores, platforms, admins, settings, matcher, ids, copy, clock, formContext, formIntro,
                Program.DEFAULT_REQUEST_TIMEOUT, false);
    }

    /**
     * As above, with the time a mentor has to answer a mentee's request in a mentee-choice
     * program, and whether the program runs circles (a mentor's new mentees meet together).
     */
    public static ProgramFlows program(Stores stores, Messenger platforms, Admins admins, ProgramSettings settings,
                                       Matcher matcher, IdGenerator ids, Copy copy, Clock clock, String formContext,
                                       String formIntro, Duration requestTimeout, boolean circles) {
        Messenger messenger = new UnreachableReporting(platforms, admins, copy);
        AdminAlerts alerts = new AdminAlerts(admins, messenger);
        PairingLifecycle lifecycle = new PairingLifecycle(stores.pairings());
        EnrollmentFlow enrollment = new EnrollmentFlow(stores.participants(), lifecycle, messenger, copy, formContext, formIntro);
        Introductions introductions = new Introductions(copy);
        MatchingFlow matching = new MatchingFlow(stores.participants(), stores.pairings(), matcher, introductions, messenger,
                settings, ids, copy, stores.waitlist(), circles);
        return new ProgramFlows(
                enrollment,
                new PersonalDataFlow(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(),
                        stores.addresses(), enrollment, copy, stores.waitlist(), stores.requests()),
                matching,
                new CheckInFlow(stores.pairings(), stores.checkIns(), stores.participants(), messenger, alerts, settings, ids, copy, clock),
                new FeedbackFlow(stores.pairings(), stores.feedback(), messenger, ids, copy, clock),
                new StatsFlow(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(), copy),
                new RematchFlow(stores.pairings(), stores.participants(), stores.waitlist(), messenger, alerts, copy),
                new MenteeChoiceFlow(stores.requests(), matching, introductions, stores.participants(), stores.pairings(), messenger,
                        ids, copy, requestTimeout, formContext));
    }

    /**
     * The programs' registry: their definitions in {@code programs}, each program's state in
     * {@code space}, messages through {@code platforms}; {@code admins} run every program.
     */
    public static ProgramRegistry registry(ProgramStore programs, ProgramRegistry.StoreSpace space, Messenger platforms,
                                           Admins admins, Clock clock, IdGenerator ids, Copy copy) {
        return new ProgramRegistry(programs, space, platforms, admins, clock, ids, copy);
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
}
