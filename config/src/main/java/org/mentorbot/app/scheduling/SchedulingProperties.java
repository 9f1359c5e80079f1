package org.mentorbot.app.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.mentorbot.app.settings.BadSettingException;
import org.mentorbot.core.schedule.ProgramEnd;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the scheduler looks for due work, and the optional program end and matching rounds
 * (see application.yml for the environment names).
 *
 * @param tick                how often the scheduler looks for due work (nudges, polls, milestones, playbook steps,
 *                            lapsed mentor requests) and fires the kinds it finds due
 * @param deliveryConcurrency how many nudges or polls are delivered at once, so that the platform's rate
 *                            limit, not one blocking call after another, sets the pace
 * @param programEndsAt       ISO date-time with offset when the whole program ends; blank = never
 * @param matchingCron        Quartz cron expression for automatic matching rounds; blank = off
 * @param matchingZone        the time zone the cron expression is read in
 * @param createSchema        with the JDBC job store: create Quartz's tables when they are missing
 */
@ConfigurationProperties("mentorbot.scheduling")
public record SchedulingProperties(
        @DefaultValue("PT1S") Duration tick,
        @DefaultValue("16") int deliveryConcurrency,
        @DefaultValue("") String programEndsAt,
        @DefaultValue("") String matchingCron,
        @DefaultValue("UTC") ZoneId matchingZone,
        @DefaultValue("true") boolean createSchema) {

    public SchedulingProperties {
        if (tick.isNegative() || tick.toMillis() < 100) {
            throw new BadSettingException("MENTORBOT_SCHEDULING_TICK", tick + " is shorter than PT0.1S", "PT1S");
        }
        if (deliveryConcurrency < 1) {
            throw new BadSettingException("MENTORBOT_SCHEDULING_DELIVERY_CONCURRENCY", deliveryConcurrency + " is less than 1", "16");
        }
        programEndsAt = programEndsAt == null ? "" : programEndsAt.strip();
        matchingCron = matchingCron == null ? "" : matchingCron.strip();
        parseEnd(programEndsAt);
        if (!matchingCron.isEmpty() && !CronExpression.isValidExpression(matchingCron)) {
            throw new BadSettingException("MENTORBOT_MATCHING_CRON", "'" + matchingCron + "' is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week)", "\"0 0 9 ? * MON\"");
        }
    }

    public ProgramEnd programEnd() {
        return parseEnd(programEndsAt).map(ProgramEnd::at).orElse(ProgramEnd.NEVER);
    }

    public Optional<String> matchingSchedule() {
        return matchingCron.isEmpty() ? Optional.empty() : Optional.of(matchingCron);
    }

    private static Optional<Instant> parseEnd(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadSettingException("MENTORBOT_PROGRAM_ENDS_AT", "'" + text + "' is not an ISO date-time with an offset",
                    "2026-12-18T17:00:00+01:00");
        }
    }
}
