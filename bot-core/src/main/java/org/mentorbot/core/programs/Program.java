package org.mentorbot.core.programs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * A mentoring program: what it is for, who runs it, how it pairs people and at what rhythm.
 * An organisation runs several side by side; each has its own people, pairings and numbers.
 *
 * @param objectives   what the program is for, shown when people join
 * @param matchingCron Quartz cron expression for scheduled rounds, blank for none
 * @param rhythm       check-in interval, first check-in, feedback poll, working hours, stalled threshold
 * @param startsAt     when pairing starts, or {@code null} for already running
 * @param endsAt       when the program ends, or {@code null} for open-ended
 * @param admins       the program's own admins (the organisation's admins may act on every program)
 * @param channel      where announcements and recognition go ({@code slack:C0456EFGH}), blank for none
 * @param baselineAnnualTurnover the organisation's usual yearly leaving rate (0.15 = 15 %), or {@code null}
 * @param closedAt     when an admin closed the program, or {@code null}
 * @param playbook     the timed guidance sent to pairs; {@code null} reads as {@link Playbook#DEFAULT}
 * @param survey       the start, mid-point and end surveys' questions; {@code null} reads as {@link Survey#DEFAULT}
 */
public record Program(ProgramSlug slug, String name, String objectives, ProgramKind kind, MatchingMode matching,
                      String matchingCron, ProgramSettings rhythm, Instant startsAt, Instant endsAt,
                      boolean enrolmentOpen, Set<ParticipantId> admins, String channel, Duration requestTimeout,
                      Double baselineAnnualTurnover, MatchingRules rules, MatchingWeights weights,
                      List<ProgramResource> resources, Instant closedAt, Playbook playbook, Survey survey) {

    public static final int MAX_NAME = 80;
    public static final int MAX_OBJECTIVES = 1_000;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofDays(3);

    public Program {
        Objects.requireNonNull(slug, "slug");
        name = requireText(name, "name", MAX_NAME);
        objectives = objectives == null ? "" : objectives.strip();
        if (objectives.length() > MAX_OBJECTIVES) {
            throw new IllegalArgumentException("objectives may be at most " + MAX_OBJECTIVES + " characters");
        }
        kind = kind == null ? ProgramKind.ONE_TO_ONE : kind;
        matching = matching == null ? MatchingMode.ADMIN : matching;
        matchingCron = matchingCron == null ? "" : matchingCron.strip();
        if (matching == MatchingMode.SCHEDULED && matchingCron.isEmpty()) {
            throw new IllegalArgumentException("matching: scheduled needs a matchingCron");
        }
        rhythm = rhythm == null ? ProgramSettings.defaults() : rhythm;
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
        admins = Set.copyOf(admins == null ? Set.of() : admins);
        channel = channel == null ? "" : channel.strip();
        if (!channel.isEmpty() && !channel.matches("(slack|teams|web):[^\\s]{1,200}")) {
            throw new IllegalArgumentException("channel must name its platform, such as slack:C0456EFGH");
        }
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be a positive duration");
        }
        if (baselineAnnualTurnover != null && (baselineAnnualTurnover < 0 || baselineAnnualTurnover > 1)) {
            throw new IllegalArgumentException("baselineAnnualTurnover must be between 0 and 1, such as 0.15");
        }
        rules = rules == null ? MatchingRules.DEFAULTS : rules;
        weights = weights == null ? MatchingWeights.DEFAULTS : weights;
        resources = List.copyOf(resources == null ? List.of() : resources);
        playbook = playbook == null ? Playbook.DEFAULT : playbook;
        survey = survey == null ? Survey.DEFAULT : survey;
    }

    /** A program with the built-in surveys. */
    public Program(ProgramSlug slug, String name, String objectives, ProgramKind kind, MatchingMode matching,
                   String matchingCron, ProgramSettings rhythm, Instant startsAt, Instant endsAt,
                   boolean enrolmentOpen, Set<ParticipantId> admins, String channel, Duration requestTimeout,
                   Double baselineAnnualTurnover, MatchingRules rules, MatchingWeights weights,
                   List<ProgramResource> resources, Instant closedAt, Playbook playbook) {
        this(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, enrolmentOpen, admins, channel,
                requestTimeout, baselineAnnualTurnover, rules, weights, resources, closedAt, playbook, Survey.DEFAULT);
    }

    /** A program with the built-in playbook. */
    public Program(ProgramSlug slug, String name, String objectives, ProgramKind kind, MatchingMode matching,
                   String matchingCron, ProgramSettings rhythm, Instant startsAt, Instant endsAt,
                   boolean enrolmentOpen, Set<ParticipantId> admins, String channel, Duration requestTimeout,
                   Double baselineAnnualTurnover, MatchingRules rules, MatchingWeights weights,
                   List<ProgramResource> resources, Instant closedAt) {
        this(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, enrolmentOpen, admins, channel,
                requestTimeout, baselineAnnualTurnover, rules, weights, resources, closedAt, Playbook.DEFAULT);
    }

    /** A program with every setting at its default. */
    public static Program named(ProgramSlug slug, String name) {
        return new Program(slug, name, "", null, null, "", null, null, null, true, Set.of(), "", null, null, null, null,
                List.of(), null);
    }

    /** Where the program stands at {@code now}. */
    public Status status(Instant now) {
        if (closedAt != null || (endsAt != null && !now.isBefore(endsAt))) {
            return Status.CLOSED;
        }
        return startsAt != null && now.isBefore(startsAt) ? Status.ENROLLING : Status.RUNNING;
    }

    public boolean acceptsJoins(Instant now) {
        return enrolmentOpen && status(now) != Status.CLOSED;
    }

    public ProgramEnd end() {
        Instant end = closedAt != null ? closedAt : endsAt;
        return end == null ? ProgramEnd.NEVER : ProgramEnd.at(end);
    }

    /** The rules matching applies, with the seniority direction the program's kind implies. */
    public MatchingRules matchingRules() {
        return switch (kind) {
            case REVERSE -> rules.withSeniority(MatchingRules.Seniority.MENTEE_SENIOR);
            case PEER -> rules.withSeniority(MatchingRules.Seniority.NONE);
            default -> rules;
        };
    }

    public boolean isAdmin(ParticipantId person) {
        return admins.contains(person);
    }

    public Program closed(Instant at) {
        return new Program(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, false, admins,
                channel, requestTimeout, baselineAnnualTurnover, rules, weights, resources, at, playbook, survey);
    }

    public Program withPlaybook(Playbook replaced) {
        return new Program(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, enrolmentOpen,
                admins, channel, requestTimeout, baselineAnnualTurnover, rules, weights, resources, closedAt, replaced, survey);
    }

    public Program withSurvey(Survey replaced) {
        return new Program(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, enrolmentOpen,
                admins, channel, requestTimeout, baselineAnnualTurnover, rules, weights, resources, closedAt, playbook, replaced);
    }

    public Program withResources(List<ProgramResource> replaced) {
        return new Program(slug, name, objectives, kind, matching, matchingCron, rhythm, startsAt, endsAt, enrolmentOpen,
                admins, channel, requestTimeout, baselineAnnualTurnover, rules, weights, replaced, closedAt, playbook, survey);
    }

    private static String requireText(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
        }
        return text;
    }

    /** Where a program stands: taking people before its start, running, or over. */
    public enum Status {
        ENROLLING, RUNNING, CLOSED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
