package org.mentorbot.core.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.programs.Playbook;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * When each playbook step falls due for a pairing. The built-in steps: the first-meeting agenda
 * with the introduction; goal setting a day after the first check-in asks whether the pair met;
 * the mid-point review half-way from the introduction to the program's end (after 90 days in a
 * program without an end); closing well two weeks before the end (after 180 days without one,
 * and never before the mid-point). A program's own steps fall due {@code after} the introduction.
 */
final class PlaybookSteps {

    static final Duration OPEN_ENDED_MIDPOINT = Duration.ofDays(90);
    static final Duration OPEN_ENDED_CLOSING = Duration.ofDays(180);
    static final Duration CLOSING_BEFORE_END = Duration.ofDays(14);

    /** One step for one pairing: when it is due, and what it says. */
    record Due(Instant at, String title, String text) {
    }

    private final Program program;
    private final ProgramSettings settings;
    private final Copy copy;

    PlaybookSteps(Program program, ProgramSettings settings, Copy copy) {
        this.program = program;
        this.settings = settings;
        this.copy = copy;
    }

    /** The pairing's steps in order of age; empty when the program's playbook is off. */
    List<Due> of(Pairing pairing) {
        Playbook playbook = program.playbook();
        if (!playbook.enabled()) {
            return List.of();
        }
        Instant start = pairing.startedAt();
        if (!playbook.builtIn()) {
            return playbook.steps().stream().map(s -> new Due(start.plus(s.after()), s.title(), s.text())).toList();
        }
        Instant midpoint = program.endsAt() != null && program.endsAt().isAfter(start)
                ? start.plus(Duration.between(start, program.endsAt()).dividedBy(2)) : start.plus(OPEN_ENDED_MIDPOINT);
        Instant closing = program.endsAt() != null && program.endsAt().isAfter(start)
                ? program.endsAt().minus(CLOSING_BEFORE_END) : start.plus(OPEN_ENDED_CLOSING);
        Instant goals = start.plus(settings.firstCheckInAfter()).plus(Duration.ofDays(1));
        List<Due> steps = new ArrayList<>();
        steps.add(builtIn("introduction", start));
        steps.add(builtIn("goals", goals));
        steps.add(builtIn("midpoint", later(midpoint, goals.plusSeconds(1))));
        steps.add(builtIn("closing", later(closing, later(midpoint, goals.plusSeconds(1)).plusSeconds(1))));
        return steps;
    }

    /** What the steps' times depend on, to tell when a change of the program moved them. */
    String timing() {
        Playbook playbook = program.playbook();
        String steps = playbook.builtIn() ? "built-in" : playbook.steps().stream().map(s -> s.after().toString()).toList().toString();
        return playbook.enabled() + " " + steps + " ends " + program.endsAt() + " goals " + settings.firstCheckInAfter();
    }

    /** How many steps go out with the introduction itself (those due at the pairing's start). */
    int withIntroduction(Pairing pairing) {
        return (int) of(pairing).stream().filter(d -> !d.at().isAfter(pairing.startedAt())).count();
    }

    private Due builtIn(String step, Instant at) {
        return new Due(at, copy.text("playbook.step." + step + ".title"), copy.text("playbook.step." + step + ".text"));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
