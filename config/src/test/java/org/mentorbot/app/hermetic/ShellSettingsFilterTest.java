package org.mentorbot.app.hermetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ShellSettingsFilterTest {

    @Test
    void anApplicationStartedByATestSeesNoneOfTheShellsBotSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "REDIS_URL", "redis://127.0.0.1:6379/9", "MENTORBOT_ADMINS", "slack:UEVIL",
                        "SLACK_BOT_TOKEN", "xoxb-evil", "MICROSOFT_APP_ID", "evil", "SPRING_QUARTZ_JOB_STORE_TYPE", "jdbc",
                        "PORT", "1", "HOME", "/home/dev")));

        new ShellSettingsFilter().postProcessEnvironment(environment, new SpringApplication());

        assertThat(List.of("REDIS_URL", "mentorbot.admins", "MENTORBOT_ADMINS", "mentorbot.slack.bot-token", "SLACK_BOT_TOKEN",
                "MICROSOFT_APP_ID", "spring.quartz.job-store-type", "PORT")).allSatisfy(name ->
                assertThat(environment.getProperty(name)).as(name).isNull());
        assertThat(environment.getProperty("HOME")).isEqualTo("/home/dev");
    }

    @Test
    void childProcessesInheritNoneOfThem() {
        assertThat(List.of("REDIS_URL", "MENTORBOT_ADMINS", "Slack_Bot_Token", "MICROSOFT_APP_PASSWORD", "SPRING_DATASOURCE_URL"))
                .allMatch(ShellSettings::isSetting);
        assertThat(List.of("PATH", "HOME", "JAVA_HOME", "LANG")).noneMatch(ShellSettings::isSetting);
        assertThat(ShellSettings.process(List.of("true")).environment().keySet()).noneMatch(ShellSettings::isSetting);
    }
}
