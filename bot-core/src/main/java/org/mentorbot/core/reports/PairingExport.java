package org.mentorbot.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.conversation.CsvFile;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/**
 * The program's pairings as a table for the admins to drill into: one row per pairing, open or
 * ended, with what the pair did — never a rating, a survey answer, a comment, a goal's words or a
 * note. The last check-in answer is the pair's, not one person's opinion. Rows run from the
 * earliest introduction; a person erased since shows as {@link #ERASED}.
 */
public final class PairingExport {

    public static final List<String> HEADER = List.of("program", "mentor", "mentee", "introduced", "status", "ended",
            "ended_why", "meetings_logged", "last_checkin", "goals_set", "goals_achieved", "stalled");
    static final String ERASED = "(erased)";

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final JourneyStore journeys;

    public PairingExport(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns, JourneyStore journeys) {
        this.participants = participants;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.journeys = journeys;
    }

    /** The table for the program called {@code programName}. */
    public CsvFile table(String programName) {
        List<List<String>> rows = pairings.all().stream()
                .sorted(Comparator.comparing(Pairing::startedAt).thenComparing(p -> p.id().value()))
                .map(p -> row(programName, p)).toList();
        return new CsvFile(HEADER, rows);
    }

    private List<String> row(String programName, Pairing pairing) {
        Journey journey = journeys.of(pairing.id());
        Optional<Pairing.Ending> ending = pairing.endingIfAny();
        return List.of(programName, name(pairing.mentor()), name(pairing.mentee()), day(pairing.startedAt()),
                word(pairing.status().name()),
                ending.map(e -> day(e.at())).orElse(""), ending.map(Pairing.Ending::reason).orElse(""),
                String.valueOf(journey.meetings().size()), lastAnswer(pairing),
                String.valueOf(journey.goals().size()), String.valueOf(journey.achieved()),
                pairing.stalled() ? "yes" : "no");
    }

    private String lastAnswer(Pairing pairing) {
        return checkIns.of(pairing.id()).stream().map(CheckIn::answered).flatMap(Optional::stream)
                .max(Comparator.comparing(CheckIn.Answer::at)).map(a -> word(a.outcome().name())).orElse("");
    }

    private String name(ParticipantId person) {
        return participants.find(person).map(Participant::name).orElse(ERASED);
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
