package org.mentorbot.core.programs;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Form.Choice;
import org.mentorbot.core.conversation.Form.Input;
import org.mentorbot.core.conversation.Form.Kind;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * The program form admins fill in with {@code program new} and {@code program edit <slug>}: the
 * inputs, and the reading of a submission into a {@link Program}, naming each field to fix.
 * Settings the form does not show (weights, resources) are kept from the program as it was.
 */
public final class ProgramForm {

    public static final String SLUG = "slug";
    public static final String NAME = "name";
    public static final String OBJECTIVES = "objectives";
    public static final String KIND = "kind";
    public static final String MATCHING = "matching";
    public static final String MATCHING_CRON = "matchingCron";
    public static final String CHECKIN_INTERVAL = "checkinInterval";
    public static final String FIRST_CHECKIN_AFTER = "firstCheckinAfter";
    public static final String FEEDBACK_AFTER = "feedbackAfter";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String ENROLMENT = "enrolment";
    public static final String ADMINS = "admins";
    public static final String CHANNEL = "channel";
    public static final String DIFFERENT_DEPARTMENT = "differentDepartment";
    public static final String MAX_LEVEL_GAP = "maxLevelGap";

    private final Copy copy;

    public ProgramForm(Copy copy) {
        this.copy = copy;
    }

    /** The form for a new program, or for editing {@code existing} (whose slug then travels as the context). */
    public Form form(Optional<Program> existing) {
        Program p = existing.orElse(null);
        ProgramSettings rhythm = p == null ? ProgramSettings.defaults() : p.rhythm();
        List<Input> inputs = new java.util.ArrayList<>();
        if (p == null) {
            inputs.add(text(SLUG, Kind.TEXT, true, "", 32));
        }
        inputs.add(text(NAME, Kind.TEXT, true, p == null ? "" : p.name(), Program.MAX_NAME));
        inputs.add(text(OBJECTIVES, Kind.MULTILINE, false, p == null ? "" : p.objectives(), Program.MAX_OBJECTIVES));
        inputs.add(select(KIND, p == null ? ProgramKind.ONE_TO_ONE.wireName() : p.kind().wireName(),
                Arrays.stream(ProgramKind.values()).map(ProgramKind::wireName).toList()));
        inputs.add(select(MATCHING, p == null ? MatchingMode.ADMIN.wireName() : p.matching().wireName(),
                Arrays.stream(MatchingMode.values()).map(MatchingMode::wireName).toList()));
        inputs.add(text(MATCHING_CRON, Kind.TEXT, false, p == null ? "" : p.matchingCron(), 100));
        inputs.add(text(CHECKIN_INTERVAL, Kind.TEXT, true, rhythm.checkInInterval().toString(), 20));
        inputs.add(text(FIRST_CHECKIN_AFTER, Kind.TEXT, true, rhythm.firstCheckInAfter().toString(), 20));
        inputs.add(text(FEEDBACK_AFTER, Kind.TEXT, true, rhythm.feedbackAfter().toString(), 20));
        inputs.add(text(STARTS_AT, Kind.TEXT, false, p == null || p.startsAt() == null ? "" : p.startsAt().toString(), 40));
        inputs.add(text(ENDS_AT, Kind.TEXT, false, p == null || p.endsAt() == null ? "" : p.endsAt().toString(), 40));
        inputs.add(select(ENROLMENT, p == null || p.enrolmentOpen() ? "open" : "closed", List.of("open", "closed")));
        inputs.add(text(ADMINS, Kind.TEXT, false, p == null ? "" : p.admins().stream().map(ParticipantId::value).sorted()
                .collect(Collectors.joining(", ")), 1_000));
        inputs.add(text(CHANNEL, Kind.TEXT, false, p == null ? "" : p.channel(), 200));
        inputs.add(select(DIFFERENT_DEPARTMENT, p != null && p.rules().differentDepartment() ? "yes" : "no", List.of("no", "yes")));
        inputs.add(text(MAX_LEVEL_GAP, Kind.NUMBER, false,
                p == null || p.rules().maxLevelGap() == null ? "" : p.rules().maxLevelGap().toString(), 1));
        return new Form(ActionIds.FORM_PROGRAM, copy.text(p == null ? "programForm.newTitle" : "programForm.editTitle"),
                copy.text("programForm.submit"), p == null ? "" : p.slug().value(), inputs);
    }

    /** Reads a submission: the program, or the errors by field. */
    public Result read(Optional<Program> existing, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Function<String, String> v = name -> values.getOrDefault(name, "").strip();
        ProgramSlug slug = existing.map(Program::slug).orElseGet(() -> ProgramSlug.parse(v.apply(SLUG)).orElseGet(() -> {
            errors.put(SLUG, copy.text("programForm.error.slug"));
            return null;
        }));
        Optional<ProgramKind> kind = ProgramKind.parse(v.apply(KIND));
        Optional<MatchingMode> matching = MatchingMode.parse(v.apply(MATCHING));
        if (kind.isEmpty()) {
            errors.put(KIND, copy.text("programForm.error.kind"));
        }
        if (matching.isEmpty()) {
            errors.put(MATCHING, copy.text("programForm.error.matching"));
        }
        Duration interval = duration(v.apply(CHECKIN_INTERVAL), CHECKIN_INTERVAL, errors);
        Duration first = duration(v.apply(FIRST_CHECKIN_AFTER), FIRST_CHECKIN_AFTER, errors);
        Duration feedback = duration(v.apply(FEEDBACK_AFTER), FEEDBACK_AFTER, errors);
        Instant starts = instant(v.apply(STARTS_AT), STARTS_AT, errors);
        Instant ends = instant(v.apply(ENDS_AT), ENDS_AT, errors);
        Set<ParticipantId> admins = admins(v.apply(ADMINS), errors);
        Integer gap = levelGap(v.apply(MAX_LEVEL_GAP), errors);
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        Program base = existing.orElse(Program.named(slug, "x"));
        ProgramSettings rhythm = base.rhythm();
        try {
            Program program = new Program(slug, v.apply(NAME), v.apply(OBJECTIVES), kind.get(), matching.get(),
                    v.apply(MATCHING_CRON), new ProgramSettings(interval, first, feedback, rhythm.workingHoursOnly(), rhythm.stalledAfter()),
                    starts, ends, !"closed".equalsIgnoreCase(v.apply(ENROLMENT)), admins, v.apply(CHANNEL),
                    base.requestTimeout(), base.baselineAnnualTurnover(),
                    new MatchingRules(base.rules().seniority(), "yes".equalsIgnoreCase(v.apply(DIFFERENT_DEPARTMENT)), gap),
                    base.weights(), base.resources(), base.closedAt(), base.playbook(), base.survey());
            return new Result(Optional.of(program), Map.of());
        } catch (IllegalArgumentException invalid) {
            return new Result(Optional.empty(), Map.of(fieldOf(invalid.getMessage()), invalid.getMessage()));
        }
    }

    private static String fieldOf(String message) {
        for (String field : List.of(NAME, OBJECTIVES, MATCHING_CRON, CHANNEL, ENDS_AT)) {
            if (message.startsWith(field) || message.contains(field)) {
                return field;
            }
        }
        return message.startsWith("matching") ? MATCHING_CRON : NAME;
    }

    private Duration duration(String text, String field, Map<String, String> errors) {
        try {
            Duration d = Duration.parse(text);
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException bad) {
            // answered below
        }
        errors.put(field, copy.text("programForm.error.duration", copy.text("programForm." + field)));
        return null;
    }

    private Instant instant(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException bad) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException alsoBad) {
                errors.put(field, copy.text("programForm.error.instant", copy.text("programForm." + field)));
                return null;
            }
        }
    }

    private Set<ParticipantId> admins(String text, Map<String, String> errors) {
        List<String> entries = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (entries.stream().anyMatch(e -> !e.matches("(slack|teams|web):[^\\s,]{1,200}"))) {
            errors.put(ADMINS, copy.text("programForm.error.admins"));
            return Set.of();
        }
        return entries.stream().map(ParticipantId::new).collect(Collectors.toSet());
    }

    private Integer levelGap(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int gap = Integer.parseInt(text);
            if (gap >= 0 && gap <= 9) {
                return gap;
            }
        } catch (NumberFormatException bad) {
            // answered below
        }
        errors.put(MAX_LEVEL_GAP, copy.text("programForm.error.levelGap"));
        return null;
    }

    private Input text(String name, Kind kind, boolean required, String initial, int max) {
        return new Input(name, copy.text("programForm." + name), kind, required, initial, List.of(), max,
                copy.has("programHint." + name) ? copy.text("programHint." + name) : "");
    }

    private Input select(String name, String initial, List<String> values) {
        return new Input(name, copy.text("programForm." + name), Kind.SELECT, true, initial,
                values.stream().map(value -> new Choice(value, value)).toList(), 0, "");
    }

    /** A read submission: the program, or what to fix by field. */
    public record Result(Optional<Program> program, Map<String, String> errors) {
    }
}
