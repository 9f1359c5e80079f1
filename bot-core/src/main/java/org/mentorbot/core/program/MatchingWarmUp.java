package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * Runs {@code match preview} a few times on a sample roster held in memory, so that the JVM has
 * compiled matching and the preview's reply before an admin asks for the first real preview.
 *
 * <p>The JVM first runs code slowly and compiles what runs often; a matching of a large program
 * is the heaviest thing the bot does and runs rarely, so in a bot that has just started, the
 * first preview of 100,000 people spends seconds waiting on the compiler. A preview of the
 * sample goes through the same flow as a program's (the participants read from their store,
 * the survey, the solver, the pricing passes, the reasons and the file), but on a seeded roster
 * of {@link #MENTEES} mentees and {@link #MENTORS} mentors in stores of its own, sends nothing and
 * keeps nothing. One preview is not enough: the solver's and the pricing passes' per-mentee code
 * is compiled fully only after several, so it runs {@link #PREVIEWS} of them. Where the program's
 * participants live elsewhere (Redis), the caller also passes how that store reads a whole
 * program's participants, and each preview first has the sample read that way too.
 */
public final class MatchingWarmUp {

    static final int MENTEES = 10_000;
    static final int MENTORS = 2_000;
    static final int PREVIEWS = 5;
    private static final long SEED = 20_261_201L;

    /** What the warm-up did: how many previews of how many people, the last preview's title, and how long it took. */
    public record Result(int previews, int people, String title, Duration took) {
    }

    private MatchingWarmUp() {
    }

    /**
     * Runs the sample's previews on this thread; the sample lives only in this call.
     *
     * @param storeReading reads the sample as the programs' store reads their participants (from
     *                     the values it keeps), without keeping it; does nothing for stores in memory
     */
    public static Result run(Copy copy, Clock clock, Consumer<List<Participant>> storeReading) {
        return run(copy, clock, storeReading, MENTEES, MENTORS, PREVIEWS);
    }

    static Result run(Copy copy, Clock clock, Consumer<List<Participant>> storeReading, int mentees, int mentors, int previews) {
        long started = System.nanoTime();
        Stores stores = Stores.inMemory();
        List<Participant> sample = new RosterGenerator(SEED).generate(mentees, mentors);
        sample.forEach(stores.participants()::save);
        Messenger sendsNothing = message -> {
            throw new IllegalStateException("a matching preview sends nothing, yet it sent " + message.kind());
        };
        MatchingFlow matching = ProgramAssembly.program(stores, sendsNothing, new Admins(Set.of()), ProgramSettings.defaults(),
                new Matcher(MatchingWeights.DEFAULTS, MatchingRules.DEFAULTS, clock), IdGenerator.random(), copy, clock).matching();
        String title = "";
        for (int preview = 0; preview < previews; preview++) {
            storeReading.accept(sample);
            title = matching.preview().fallback().lines().findFirst().orElse("");
        }
        return new Result(previews, sample.size(), title, Duration.ofNanos(System.nanoTime() - started));
    }
}
