package org.mentorbot.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.people.ParticipantId;

/**
 * The three journey forms — goals, meeting log, review — and the reading of what comes back: a
 * record when every value is fine, else a sentence per input naming what to fix.
 */
final class JourneyForms {

    static final String DATE = "date";
    static final String MINUTES = "minutes";
    static final String GOALS_TOUCHED = "goalsTouched";
    static final String NOTES = "notes";
    static final String HELPED = "helped";
    private static final Pattern GOAL_INPUT = Pattern.compile("goal(\\d+)");

    private final Copy copy;

    JourneyForms(Copy copy) {
        this.copy = copy;
    }

    static String goal(int n) {
        return "goal" + n;
    }

    static String byWhen(int n) {
        return "by" + n;
    }

    static String status(int n) {
        return "status" + n;
    }

    Form goals(String context, List<Goal> current) {
        List<Form.Input> inputs = new ArrayList<>();
        for (int n = 1; n <= Journey.MAX_GOALS; n++) {
            Optional<Goal> goal = n <= current.size() ? Optional.of(current.get(n - 1)) : Optional.empty();
            inputs.add(new Form.Input(goal(n), copy.text("field.goal", n), Form.Kind.TEXT, false,
                    goal.map(Goal::what).orElse(""), List.of(), Goal.MAX_WHAT, n == 1 ? copy.text("hint.goal") : ""));
            inputs.add(new Form.Input(byWhen(n), copy.text("field.goalBy", n), Form.Kind.TEXT, false,
                    goal.map(Goal::byWhen).orElse(""), List.of(), Goal.MAX_BY_WHEN, n == 1 ? copy.text("hint.goalBy") : ""));
            inputs.add(statusInput(n, copy.text("field.goalStatus", n), goal.map(Goal::status).orElse(GoalStatus.NOT_STARTED)));
        }
        return new Form(ActionIds.FORM_GOALS, copy.text("goals.title"), copy.text("goals.submit"), context, inputs,
                copy.text("goals.intro"));
    }

    Form meeting(String context, List<Goal> goals, LocalDate today) {
        List<String> numbered = new ArrayList<>();
        for (int n = 1; n <= goals.size(); n++) {
            numbered.add(n + " = " + goals.get(n - 1).what());
        }
        String touchedHint = goals.isEmpty() ? copy.text("hint.noGoalsYet") : copy.text("hint.goalsTouched", String.join("; ", numbered));
        return new Form(ActionIds.FORM_MEETING, copy.text("meeting.title"), copy.text("meeting.submit"), context, List.of(
                new Form.Input(DATE, copy.text("field.meetingDate"), Form.Kind.TEXT, true, today.toString(), List.of(), 10,
                        copy.text("hint.meetingDate")),
                new Form.Input(MINUTES, copy.text("field.minutes"), Form.Kind.NUMBER, true, "60", List.of(), 0, ""),
                new Form.Input(GOALS_TOUCHED, copy.text("field.goalsTouched"), Form.Kind.TEXT, false, "", List.of(), 20, touchedHint),
                new Form.Input(NOTES, copy.text("field.notes"), Form.Kind.MULTILINE, false, "", List.of(), Meeting.MAX_NOTES,
                        copy.text("hint.notes"))));
    }

    Form review(String context, Milestone milestone, List<Goal> goals) {
        List<Form.Input> inputs = new ArrayList<>();
        for (int n = 1; n <= goals.size(); n++) {
            inputs.add(statusInput(n, copy.text("field.reviewGoal", n, goals.get(n - 1).what()), goals.get(n - 1).status()));
        }
        inputs.add(new Form.Input(HELPED, copy.text("field.helped." + milestone.wireName()), Form.Kind.MULTILINE, false, "",
                List.of(), Reflection.MAX_TEXT, ""));
        return new Form(ActionIds.FORM_REVIEW, copy.text("review.title." + milestone.wireName()), copy.text("review.submit"),
                context, inputs, copy.text(goals.isEmpty() ? "review.introNoGoals" : "review.intro"));
    }

    /** The goals as submitted, replacing {@code current}; a goal whose words did not change keeps its author. */
    List<Goal> readGoals(Map<String, String> values, List<Goal> current, ParticipantId editor, Instant now,
                         Map<String, String> errors) {
        values.forEach((name, value) -> {
            Matcher m = GOAL_INPUT.matcher(name);
            boolean beyond = m.matches() && (m.group(1).length() > 2 || Integer.parseInt(m.group(1)) > Journey.MAX_GOALS);
            if (beyond && value != null && !value.isBlank()) {
                errors.put(name, copy.text("error.tooManyGoals", Journey.MAX_GOALS));
            }
        });
        List<Goal> goals = new ArrayList<>();
        for (int n = 1; n <= Journey.MAX_GOALS; n++) {
            String what = text(values, goal(n));
            String by = text(values, byWhen(n));
            String label = copy.text("field.goal", n);
            if (what.length() > Goal.MAX_WHAT) {
                errors.put(goal(n), copy.text("error.tooLong", label, Goal.MAX_WHAT));
            }
            if (by.length() > Goal.MAX_BY_WHEN) {
                errors.put(byWhen(n), copy.text("error.tooLong", copy.text("field.goalBy", n), Goal.MAX_BY_WHEN));
            }
            Optional<GoalStatus> status = readStatus(values, n, errors);
            if (what.isEmpty() || errors.containsKey(goal(n)) || errors.containsKey(byWhen(n)) || status.isEmpty()) {
                continue;
            }
            Optional<Goal> same = current.stream().filter(g -> g.what().equals(what)).findFirst();
            ParticipantId author = same.map(Goal::author).orElse(editor);
            boolean unchanged = same.isPresent() && same.get().byWhen().equals(by) && same.get().status() == status.get();
            goals.add(unchanged ? same.get() : new Goal(what, by, status.get(), author, now));
        }
        return goals;
    }

    /** The statuses as reviewed; a goal whose status is not among the values keeps its own. */
    List<Goal> readStatuses(Map<String, String> values, List<Goal> current, Instant now, Map<String, String> errors) {
        List<Goal> goals = new ArrayList<>();
        for (int n = 1; n <= current.size(); n++) {
            Goal goal = current.get(n - 1);
            Optional<GoalStatus> status = values.containsKey(status(n)) ? readStatus(values, n, errors) : Optional.of(goal.status());
            goals.add(status.filter(s -> s != goal.status()).map(s -> goal.withStatus(s, now)).orElse(goal));
        }
        return goals;
    }

    Optional<LocalDate> readDate(Map<String, String> values, LocalDate introduced, LocalDate today, Map<String, String> errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(text(values, DATE));
        } catch (DateTimeParseException notADate) {
            errors.put(DATE, copy.text("error.meetingDate"));
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            errors.put(DATE, copy.text("error.meetingDateFuture", today));
        } else if (date.isBefore(introduced)) {
            errors.put(DATE, copy.text("error.meetingDateBeforeIntro", introduced));
        } else {
            return Optional.of(date);
        }
        return Optional.empty();
    }

    int readMinutes(Map<String, String> values, Map<String, String> errors) {
        try {
            int minutes = Integer.parseInt(text(values, MINUTES));
            if (minutes >= 1 && minutes <= Meeting.MAX_MINUTES) {
                return minutes;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the field's name
        }
        errors.put(MINUTES, copy.text("error.number", copy.text("field.minutes"), 1, Meeting.MAX_MINUTES));
        return 0;
    }

    List<Integer> readGoalsTouched(Map<String, String> values, int goals, Map<String, String> errors) {
        String raw = text(values, GOALS_TOUCHED);
        List<Integer> touched = new ArrayList<>();
        for (String part : raw.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int n = Integer.parseInt(part);
                if (n >= 1 && n <= goals) {
                    if (!touched.contains(n)) {
                        touched.add(n);
                    }
                    continue;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, with the field's name
            }
            errors.put(GOALS_TOUCHED, goals == 0 ? copy.text("error.goalsTouchedNone") : copy.text("error.goalsTouched", goals));
            return List.of();
        }
        return touched.stream().sorted().toList();
    }

    String readText(Map<String, String> values, String input, String labelKey, int max, Map<String, String> errors) {
        String text = text(values, input);
        if (text.length() > max) {
            errors.put(input, copy.text("error.tooLong", copy.text(labelKey), max));
        }
        return text;
    }

    private Optional<GoalStatus> readStatus(Map<String, String> values, int n, Map<String, String> errors) {
        String raw = text(values, status(n));
        if (raw.isEmpty()) {
            return Optional.of(GoalStatus.NOT_STARTED);
        }
        Optional<GoalStatus> status = GoalStatus.fromWire(raw);
        if (status.isEmpty()) {
            errors.put(status(n), copy.text("error.goalStatus", n));
        }
        return status;
    }

    private Form.Input statusInput(int n, String label, GoalStatus initial) {
        List<Form.Choice> choices = List.of(GoalStatus.values()).stream()
                .map(s -> new Form.Choice(copy.text("goal.status." + s.wireName()), s.wireName())).toList();
        return new Form.Input(status(n), label, Form.Kind.SELECT, false, initial.wireName(), choices, 0, "");
    }

    private static String text(Map<String, String> values, String input) {
        String value = values.get(input);
        return value == null ? "" : value.strip();
    }

    static Map<String, String> errors() {
        return new LinkedHashMap<>();
    }
}
