package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentorbot.app.MentorbotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where anyone who reaches the playground would act as any of its people — next to Slack or
 * Teams, or on an address other computers can reach — it does not start without its token, and
 * the message says what to set.
 */
class PlaygroundRefusesToStartIT {

    @Test
    void nextToAPlatformWithoutATokenTheBotDoesNotStart() {
        assertThatThrownBy(() -> start("--mentorbot.playground.enabled=true", "--mentorbot.teams.local=true",
                "--server.address=127.0.0.1"))
                .hasStackTraceContaining("without a token").hasStackTraceContaining("MENTORBOT_PLAYGROUND_TOKEN");
    }

    @Test
    void onAnAddressOthersCanReachWithoutATokenTheBotDoesNotStart() {
        assertThatThrownBy(() -> start("--server.address=0.0.0.0"))
                .hasStackTraceContaining("other computers can reach").hasStackTraceContaining("MENTORBOT_PLAYGROUND_TOKEN");
    }

    @Test
    void standaloneOnLoopbackNeedsNoToken() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.main.banner-mode=off";
        all[args.length + 1] = "--server.port=0";
        return new SpringApplicationBuilder(MentorbotApplication.class).run(all);
    }
}
