package org.mentorbot.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.program.Stores;

/** A program with pairs seeded straight into its stores, for tests of the timed work. */
public final class ScheduledProgram {

    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    /**
     * A clock that is always behind the instants the tests hand to the flows, so that each claim
     * is timed by the instant given, as when a round reaches every pairing at once.
     */
    public static final java.time.Clock BEHIND = java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);

    public final Stores stores = Stores.inMemory();
    public final ProgramFlows program;

    public ScheduledProgram(Messenger messenger, Duration cadence) {
        AtomicLong sequence = new AtomicLong();
        ProgramSettings settings = new ProgramSettings(cadence, cadence, cadence, false, 3);
        program = ProgramAssembly.program(stores, messenger, new Admins(Set.of()), settings, new Matcher(),
                kind -> kind + "-" + sequence.incrementAndGet(), new Copy(Locale.ENGLISH), BEHIND);
    }

    /** Seeds {@code count} active pairs whose check-in and poll are due at {@code due}. */
    public List<Pairing> pairs(int count, Duration cadence, Instant due) {
        return seed(stores, count, cadence, due);
    }

    /** Seeds {@code count} active pairs of {@code test:} people into any stores, due at {@code due}. */
    public static List<Pairing> seed(Stores stores, int count, Duration cadence, Instant due) {
        List<Pairing> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ParticipantId mentor = person(stores, "mentor-" + i);
            ParticipantId mentee = person(stores, "mentee-" + i);
            Pairing pairing = new Pairing(new PairId("pair-" + i), mentor, mentee, PairingStatus.ACTIVE, START, 1,
                    List.of(), cadence, due, due, 0, false, null);
            stores.pairings().create(pairing, 1);
            made.add(pairing);
        }
        return made;
    }

    private static ParticipantId person(Stores stores, String name) {
        ParticipantId id = new ParticipantId("test:" + name);
        Profile profile = new Profile(name, Role.BOTH, List.of("go"), List.of("go"), "", "", 3, ZoneId.of("UTC"),
                List.of("en"), 1, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, START));
        return id;
    }
}
