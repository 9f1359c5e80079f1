package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorbot.app.MentorbotApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A Teams registration that cannot work stops the start with one line naming the variable, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class TeamsMisconfiguredIT {

    @Test
    void aSingleTenantBotWithoutItsTenantDoesNotStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MentorbotApplication.class).web(WebApplicationType.NONE)
                .run("--mentorbot.teams.app-id=11111111-2222-3333-4444-555555555555", "--mentorbot.teams.app-type=SingleTenant",
                        "--mentorbot.teams.app-password=not-a-real-secret"))
                .hasRootCauseInstanceOf(InvalidTeamsSettingException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("MICROSOFT_APP_TENANT_ID is required with MICROSOFT_APP_TYPE=SingleTenant")
                .contains("Fix MICROSOFT_APP_TENANT_ID")
                .doesNotContain("\tat org.mentorbot");
    }
}
