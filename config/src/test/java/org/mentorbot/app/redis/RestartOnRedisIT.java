package org.mentorbot.app.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.MentorbotApplication;
import org.mentorbot.app.hermetic.ShellSettings;
import org.mentorbot.app.hermetic.TestRedisKeys;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.Stores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The program lives in Redis: an app that is stopped and started again finds it as it was. */
class RestartOnRedisIT {

    final String prefix = "mbtest:" + UUID.randomUUID() + ":";
    final String redisUrl = ShellSettings.testRedisUrl();

    @AfterEach
    void cleanUp() {
        TestRedisKeys.deleteUnder(redisUrl, prefix);
    }

    @Test
    void aRestartedAppFindsTheProgramAsItWas() {
        Actor maya = Actor.of(new ParticipantId("slack:UMAYA"), "Maya");
        Actor ed = Actor.of(new ParticipantId("slack:UED"), "Ed");
        try (ConfigurableApplicationContext first = start()) {
            MentorBot bot = first.getBean(MentorBot.class);
            join(bot, maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6", "languages", "en"));
            join(bot, ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2", "languages", "en"));
            bot.handle(new Inbound.CommandReceived(Actor.of(new ParticipantId("slack:UADMIN"), "Ada"), "match"));
            bot.handle(new Inbound.CommandReceived(ed, "pause"));
        }
        try (ConfigurableApplicationContext second = start()) {
            Stores stores = second.getBean(Stores.class);
            assertThat(stores.participants().all()).hasSize(2);
            assertThat(stores.participants().find(ed.id()).orElseThrow().status()).isEqualTo(ParticipantStatus.PAUSED);
            assertThat(stores.pairings().all()).singleElement()
                    .satisfies(p -> assertThat(p.mentor()).isEqualTo(maya.id()));
            Reply profile = second.getBean(MentorBot.class).handle(new Inbound.CommandReceived(ed, "profile"));
            assertThat(profile.fallback()).contains("Your mentor: Maya", "Status: paused");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MentorbotApplication.class).run(
                "--server.port=0", "--mentorbot.redis.url=" + redisUrl, "--mentorbot.redis.key-prefix=" + prefix,
                "--mentorbot.admins=slack:UADMIN", "--mentorbot.program.working-hours-only=false");
    }

    private static void join(MentorBot bot, Actor who, Map<String, String> values) {
        Reply reply = bot.handle(new Inbound.FormSubmitted(who, ActionIds.FORM_JOIN, "", values));
        assertThat(reply.fallback()).contains("Welcome");
    }
}
