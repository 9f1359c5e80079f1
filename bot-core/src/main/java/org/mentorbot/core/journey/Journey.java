package org.mentorbot.core.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * What a pair has made of its mentoring: the goals it agreed, the meetings it logged, the
 * milestones the bot has dealt with, and the pair's reflections. One record per pairing, kept
 * whole and replaced by compare-and-set, so two partners editing at once never lose a change.
 *
 * @param handled the milestones already prompted, flagged or found moot, in the order they were
 */
public record Journey(PairId pair, List<Goal> goals, List<Meeting> meetings, List<Milestone> handled,
                      List<Reflection> reflections) {

    public static final int MAX_GOALS = 3;

    public Journey {
        Objects.requireNonNull(pair, "pair");
        goals = List.copyOf(goals == null ? List.of() : goals);
        if (goals.size() > MAX_GOALS) {
            throw new IllegalArgumentException("a pair agrees at most " + MAX_GOALS + " goals");
        }
        meetings = List.copyOf(meetings == null ? List.of() : meetings);
        handled = List.copyOf(handled == null ? List.of() : handled);
        reflections = List.copyOf(reflections == null ? List.of() : reflections);
    }

    /** A pair that has done nothing yet; stores answer it for a pair they hold nothing of. */
    public static Journey empty(PairId pair) {
        return new Journey(pair, List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return equals(empty(pair));
    }

    public Journey withGoals(List<Goal> newGoals) {
        return new Journey(pair, newGoals, meetings, handled, reflections);
    }

    public Journey withMeeting(Meeting meeting) {
        List<Meeting> all = new ArrayList<>(meetings);
        all.add(meeting);
        return new Journey(pair, goals, all, handled, reflections);
    }

    public Journey handled(Milestone milestone) {
        if (handled.contains(milestone)) {
            return this;
        }
        List<Milestone> all = new ArrayList<>(handled);
        all.add(milestone);
        return new Journey(pair, goals, meetings, all, reflections);
    }

    public Journey withReflection(Reflection reflection) {
        List<Reflection> all = new ArrayList<>(reflections);
        all.add(reflection);
        return new Journey(pair, goals, meetings, handled, all);
    }

    public boolean hasHandled(Milestone milestone) {
        return handled.contains(milestone);
    }

    public int minutes() {
        return meetings.stream().mapToInt(Meeting::minutes).sum();
    }

    public long achieved() {
        return goals.stream().filter(g -> g.status() == GoalStatus.ACHIEVED).count();
    }

    public Optional<LocalDate> firstMeeting() {
        return meetings.stream().map(Meeting::date).min(Comparator.naturalOrder());
    }

    public boolean reflected(Milestone milestone) {
        return reflections.stream().anyMatch(r -> r.milestone() == milestone);
    }

    /**
     * The journey as the partner keeps it once {@code person} is erased: the goals the pair agreed and
     * the meetings it held stay; the notes the person logged and the reflections they wrote go;
     * {@code placeholder} stands where they were named; {@code scrub} takes their name out of the
     * words that stay.
     */
    public Journey withoutPerson(ParticipantId person, ParticipantId placeholder, UnaryOperator<String> scrub) {
        List<Goal> keptGoals = goals.stream().map(g -> new Goal(fit(scrub.apply(g.what()), Goal.MAX_WHAT),
                fit(scrub.apply(g.byWhen()), Goal.MAX_BY_WHEN), g.status(), g.author().equals(person) ? placeholder : g.author(),
                g.updatedAt())).toList();
        List<Meeting> keptMeetings = meetings.stream().map(m -> m.loggedBy().equals(person)
                ? new Meeting(m.date(), m.minutes(), m.goalsTouched(), "", placeholder, m.loggedAt())
                : new Meeting(m.date(), m.minutes(), m.goalsTouched(), fit(scrub.apply(m.notes()), Meeting.MAX_NOTES),
                        m.loggedBy(), m.loggedAt())).toList();
        List<Reflection> keptReflections = reflections.stream().filter(r -> !r.by().equals(person))
                .map(r -> new Reflection(r.milestone(), r.by(), fit(scrub.apply(r.text()), Reflection.MAX_TEXT), r.at())).toList();
        return new Journey(pair, keptGoals, keptMeetings, handled, keptReflections);
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
