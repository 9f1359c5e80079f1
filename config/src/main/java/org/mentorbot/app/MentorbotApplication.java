package org.mentorbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Mentorbot: the mentoring program bot for Slack and Microsoft Teams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MentorbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorbotApplication.class, args);
    }
}
