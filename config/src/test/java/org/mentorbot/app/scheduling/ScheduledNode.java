package org.mentorbot.app.scheduling;

import org.mentorbot.app.MentorbotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The real application plus the test platform route, as its own process (for restarts and kill -9). */
public final class ScheduledNode {

    private ScheduledNode() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(MentorbotApplication.class, HttpPlatformRoute.class).run(args);
    }
}
