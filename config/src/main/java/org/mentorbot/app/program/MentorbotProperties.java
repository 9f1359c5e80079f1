package org.mentorbot.app.program;

import java.time.Duration;
import org.mentorbot.core.program.ProgramSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's settings, bound from {@code MENTORBOT_*} and {@code REDIS_URL} (see
 * application.yml for the environment names).
 *
 * @param admins comma-separated admins: {@code slack:U0123ABCD}, {@code teams:<aadObjectId>}
 */
@ConfigurationProperties("mentorbot")
public record MentorbotProperties(@DefaultValue("") String admins, Redis redis, Program program) {

    /** Where program state lives: Redis when {@code url} is set, else memory. */
    public record Redis(@DefaultValue("") String url, @DefaultValue("mentorbot:") String keyPrefix) {
        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /** The rhythm of the program. */
    public record Program(
            @DefaultValue("P14D") Duration checkinInterval,
            @DefaultValue("P7D") Duration firstCheckinAfter,
            @DefaultValue("P30D") Duration feedbackAfter,
            @DefaultValue("true") boolean workingHoursOnly,
            @DefaultValue("3") int stalledAfter) {

        public ProgramSettings toSettings() {
            return new ProgramSettings(checkinInterval, firstCheckinAfter, feedbackAfter, workingHoursOnly, stalledAfter);
        }
    }
}
