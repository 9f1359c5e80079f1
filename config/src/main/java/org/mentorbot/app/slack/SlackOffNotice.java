package org.mentorbot.app.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Without Slack settings nothing Slack starts; half of them get a warning saying what is missing. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackOffNotice.Off.class)
public class SlackOffNotice {

    private static final Logger log = LoggerFactory.getLogger(SlackOffNotice.class);

    @Bean
    ApplicationRunner slackOff(SlackProperties properties) {
        return args -> {
            if (properties.missing().isEmpty()) {
                log.info("Slack is off: no Slack settings");
            } else {
                log.warn("Slack is off: {}", properties.missing());
            }
        };
    }

    static final class Off extends SlackTransportCondition {
        Off() {
            super(SlackProperties.Transport.NONE);
        }
    }
}
