package org.mentorbot.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.app.program.MentorbotProperties;
import org.mentorbot.app.scheduling.SchedulingProperties;
import org.mentorbot.app.slack.SlackProperties;
import org.mentorbot.app.teams.TeamsProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The line a person reads for each kind of bad setting, in this JVM: the shipped application.yml, a shell holding
 * one bad variable, the start-up check and the binding of the settings records, and the failure analyzer.
 * {@code BadSettingsJarIT} starts the real jar for the most common of them.
 */
class BadSettingsTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            MENTORBOT_PROGRAM_CHECKIN_INTERVAL  | -P1D            | Bad setting MENTORBOT_PROGRAM_CHECKIN_INTERVAL: PT-24H is not a positive duration. Example: MENTORBOT_PROGRAM_CHECKIN_INTERVAL=P14D
            MENTORBOT_PROGRAM_FIRST_CHECKIN_AFTER | PT0S          | Bad setting MENTORBOT_PROGRAM_FIRST_CHECKIN_AFTER: PT0S is not a positive duration. Example: MENTORBOT_PROGRAM_FIRST_CHECKIN_AFTER=P7D
            MENTORBOT_PROGRAM_STALLED_AFTER     | 0               | Bad setting MENTORBOT_PROGRAM_STALLED_AFTER: 0 is less than 1. Example: MENTORBOT_PROGRAM_STALLED_AFTER=3
            MENTORBOT_PROGRAM_STALLED_AFTER     | three           | Bad setting MENTORBOT_PROGRAM_STALLED_AFTER: 'three' is not a whole number. Example: MENTORBOT_PROGRAM_STALLED_AFTER=3
            MENTORBOT_ANONYMITY_MIN             | 0               | Bad setting MENTORBOT_ANONYMITY_MIN: 0 is less than 1. Example: MENTORBOT_ANONYMITY_MIN=3
            MENTORBOT_ANONYMITY_MIN             | few             | Bad setting MENTORBOT_ANONYMITY_MIN: 'few' is not a whole number. Example: MENTORBOT_ANONYMITY_MIN=3
            MENTORBOT_MATCHING_WARM_UP_FROM     | -1              | Bad setting MENTORBOT_MATCHING_WARM_UP_FROM: -1 is less than 0. Example: MENTORBOT_MATCHING_WARM_UP_FROM=50000
            MENTORBOT_MATCHING_WARM_UP_FROM     | 5k              | Bad setting MENTORBOT_MATCHING_WARM_UP_FROM: '5k' is not a whole number. Example: MENTORBOT_MATCHING_WARM_UP_FROM=50000
            MENTORBOT_PROGRAM_WORKING_HOURS_ONLY | sometimes      | Bad setting MENTORBOT_PROGRAM_WORKING_HOURS_ONLY: 'sometimes' is not true or false. Example: MENTORBOT_PROGRAM_WORKING_HOURS_ONLY=true
            MENTORBOT_MATCHING_GOAL_WEIGHT      | 6.5             | Bad setting MENTORBOT_MATCHING_GOAL_WEIGHT: '6.5' is not a whole number. Example: MENTORBOT_MATCHING_GOAL_WEIGHT=6
            MENTORBOT_SCHEDULING_TICK           | PT0S            | Bad setting MENTORBOT_SCHEDULING_TICK: PT0S is shorter than PT0.1S. Example: MENTORBOT_SCHEDULING_TICK=PT1S
            MENTORBOT_SCHEDULING_DELIVERY_CONCURRENCY | many      | Bad setting MENTORBOT_SCHEDULING_DELIVERY_CONCURRENCY: 'many' is not a whole number. Example: MENTORBOT_SCHEDULING_DELIVERY_CONCURRENCY=16
            MENTORBOT_MATCHING_ZONE             | Mars/Olympus    | Bad setting MENTORBOT_MATCHING_ZONE: 'Mars/Olympus' is not a time zone. Example: MENTORBOT_MATCHING_ZONE=UTC
            MENTORBOT_MATCHING_CRON             | every monday    | Bad setting MENTORBOT_MATCHING_CRON: 'every monday' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week). Example: MENTORBOT_MATCHING_CRON="0 0 9 ? * MON"
            MENTORBOT_PROGRAM_ENDS_AT           | 2026-12-18      | Bad setting MENTORBOT_PROGRAM_ENDS_AT: '2026-12-18' is not an ISO date-time with an offset. Example: MENTORBOT_PROGRAM_ENDS_AT=2026-12-18T17:00:00+01:00
            MENTORBOT_SLACK_SEND_PATIENCE       | forever         | Bad setting MENTORBOT_SLACK_SEND_PATIENCE: 'forever' is not a duration. Example: MENTORBOT_SLACK_SEND_PATIENCE=PT15S
            MENTORBOT_TEAMS_AUTH_TIMEOUT        | PT0S            | Bad setting MENTORBOT_TEAMS_AUTH_TIMEOUT: PT0S is not a positive duration. Example: MENTORBOT_TEAMS_AUTH_TIMEOUT=PT5S
            MENTORBOT_ADMINS                    | slack:UA, UB    | Bad setting MENTORBOT_ADMINS: 'UB' does not start with a platform, slack: teams: or web:. Example: MENTORBOT_ADMINS=slack:U0123ABCD,teams:<aadObjectId>
            MENTORBOT_ADMINS                    | email:ada@x.org | Bad setting MENTORBOT_ADMINS: 'email:ada@x.org' does not start with a platform, slack: teams: or web:. Example: MENTORBOT_ADMINS=slack:U0123ABCD,teams:<aadObjectId>
            SLACK_APP_TOKEN                     | xapp-1          | Bad setting SLACK_BOT_TOKEN: it is not set, but other Slack settings are; Slack needs the Bot User OAuth Token. Example: SLACK_BOT_TOKEN=xoxb-...
            REDIS_URL                           | redis://127.0.0.1:6379/zero | Bad setting REDIS_URL: cannot be used: its path must be a database number, not 'zero'. Example: REDIS_URL=redis://127.0.0.1:6379/0
            REDIS_URL                           | redis://[::1    | Bad setting REDIS_URL: cannot be used: it is not a URL (Expected closing bracket for IPv6 address). Example: REDIS_URL=redis://127.0.0.1:6379/0
            """)
    void aBadSettingIsOneLineNamingTheVariableTheProblemAndAnExample(String variable, String value, String line) throws IOException {
        StandardEnvironment environment = shipped(Map.of(variable, value));

        Throwable failure = catchThrowable(() -> start(environment));

        FailureAnalysis analysis = new BadSettingFailureAnalyzer(environment).analyze(failure);
        assertThat(analysis).as("analysis of " + failure).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mentorbot.program.checkin-interval | PT0S | Bad setting mentorbot.program.checkin-interval: PT0S is not a positive duration. Example: mentorbot.program.checkin-interval=P14D
            mentorbot.program.feedback-after   | soon | Bad setting mentorbot.program.feedback-after: 'soon' is not a duration. Example: mentorbot.program.feedback-after=P30D
            """)
    void aSettingGivenAsAPropertyIsNamedAsItWasGiven(String property, String value, String line) throws IOException {
        StandardEnvironment environment = shipped(Map.of());
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of(property, value)));

        Throwable failure = catchThrowable(() -> start(environment));

        assertThat(new BadSettingFailureAnalyzer(environment).analyze(failure).getDescription()).isEqualTo(line);
    }

    /** What start-up does with the settings, in order: the check, then the records are bound. */
    private static void start(StandardEnvironment environment) {
        new SettingsCheck(environment).postProcessBeanFactory(null);
        Binder settings = Binder.get(environment);
        settings.bind("mentorbot", MentorbotProperties.class);
        settings.bind("mentorbot.scheduling", SchedulingProperties.class);
        settings.bind("mentorbot.slack", SlackProperties.class);
        settings.bind("mentorbot.teams", TeamsProperties.class);
    }

    /** The shipped application.yml under a shell that holds these variables. */
    static StandardEnvironment shipped(Map<String, Object> shell) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, shell));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
