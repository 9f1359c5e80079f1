package org.mentorbot.app;

import org.mentorbot.offline.OfflineMatchCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Mentorbot: the mentoring program bot for Slack and Microsoft Teams. {@code mentorbot.jar match …}
 * runs the offline matcher instead of the bot, without starting any server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MentorbotApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("match")) {
            System.exit(OfflineMatchCli.run(args, System.out, System.err));
        }
        SpringApplication.run(MentorbotApplication.class, args);
    }
}
