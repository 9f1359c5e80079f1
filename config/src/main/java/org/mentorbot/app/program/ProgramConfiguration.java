package org.mentorbot.app.program;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.PlatformMessengers;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ProgramSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the program from core: settings, admins, the platforms' messengers and the bot. */
@Configuration(proxyBeanMethods = false)
public class ProgramConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Copy copy() {
        return new Copy(Locale.ENGLISH);
    }

    @Bean
    Admins admins(MentorbotProperties properties) {
        return Admins.parse(properties.admins());
    }

    @Bean
    ProgramSettings programSettings(MentorbotProperties properties) {
        return properties.program().toSettings();
    }

    @Bean
    IdGenerator idGenerator() {
        return IdGenerator.random();
    }

    @Bean
    Matcher matcher(MentorbotProperties properties, Clock clock) {
        return new Matcher(properties.matching().weights().toWeights(), clock);
    }

    @Bean
    Messenger platformMessengers(List<PlatformRoute> routes) {
        return new PlatformMessengers(routes.stream().collect(Collectors.toMap(PlatformRoute::platform, PlatformRoute::messenger)));
    }

    @Bean
    MentorBot.Program program(Stores stores, Messenger platformMessengers, Admins admins, ProgramSettings settings,
                              Matcher matcher, IdGenerator ids, Copy copy) {
        return ProgramAssembly.program(stores, platformMessengers, admins, settings, matcher, ids, copy);
    }

    @Bean
    MentorBot mentorBot(MentorBot.Program program, Admins admins, Clock clock, Copy copy) {
        return ProgramAssembly.bot(program, admins, clock, copy);
    }
}
