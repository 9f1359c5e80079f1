package org.mentorbot.app.program;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.schedule.ProgramSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's settings, bound from {@code MENTORBOT_*} and {@code REDIS_URL} (see
 * application.yml for the environment names).
 *
 * @param admins       comma-separated admins: {@code slack:U0123ABCD}, {@code teams:<aadObjectId>}
 * @param anonymityMin {@code MENTORBOT_ANONYMITY_MIN}: the fewest answers any aggregate is shown over
 */
@ConfigurationProperties("mentorbot")
public record MentorbotProperties(@DefaultValue("") String admins, Redis redis, Program program, Matching matching,
                                  @DefaultValue("") String programsFile, @DefaultValue("3") int anonymityMin) {

    public Anonymity anonymity() {
        return new Anonymity(anonymityMin);
    }

    /** {@code MENTORBOT_PROGRAMS_FILE}: the YAML file declaring programs, if one is set. */
    public Optional<Path> programsPath() {
        return programsFile == null || programsFile.isBlank() ? Optional.empty() : Optional.of(Path.of(programsFile.strip()));
    }

    /**
     * Where program state lives: Redis when {@code url} is set, else memory; with {@code sentinels}, the master
     * named {@code master} that those Sentinels watch.
     */
    public record Redis(@DefaultValue("") String url, @DefaultValue("mentorbot:") String keyPrefix,
                        @DefaultValue("") String sentinels, @DefaultValue("") String master) {
        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * How much each kind of fit counts when mentors are scored for mentees (see {@link MatchingWeights}), and
     * {@code MENTORBOT_MATCHING_WARM_UP_FROM}: how many waiting mentees an open program needs at start for
     * matching to be warmed up (50,000 by default; 0: never; see {@link MatchingWarmUpStart}).
     */
    public record Matching(Weights weights, @DefaultValue("50000") int warmUpFrom) {
        public record Weights(
                @DefaultValue("20") int skill,
                @DefaultValue("6") int goalTerm,
                @DefaultValue("3") int maxGoalTerms,
                @DefaultValue("15") int seniority,
                @DefaultValue("2") int sharedHour,
                @DefaultValue("8") int differentDepartment,
                @DefaultValue("0") int sameDepartment,
                @DefaultValue("false") boolean juniorMentors) {

            public MatchingWeights toWeights() {
                return new MatchingWeights(skill, goalTerm, maxGoalTerms, seniority, sharedHour, differentDepartment,
                        sameDepartment, juniorMentors);
            }
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
