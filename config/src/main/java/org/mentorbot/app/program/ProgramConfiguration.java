package org.mentorbot.app.program;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.app.metrics.MeteredMessenger;
import org.mentorbot.app.programs.ProgramsStartup;
import org.mentorbot.app.reports.JFreeChartRenderer;
import org.mentorbot.app.scheduling.SchedulingProperties;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.PlatformMessengers;
import org.mentorbot.core.matching.MatchingRules;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.program.MatchingWarmUp;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.reports.ChartRenderer;
import org.mentorbot.redis.RedisStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the programs from core: settings, admins, the programs file, the platforms' messengers and the bot. */
@Configuration(proxyBeanMethods = false)
public class ProgramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProgramConfiguration.class);

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
    IdGenerator idGenerator() {
        return IdGenerator.random();
    }

    @Bean
    Messenger platformMessengers(List<PlatformRoute> routes, MeterRegistry registry) {
        return new PlatformMessengers(routes.stream().collect(Collectors.toMap(PlatformRoute::platform,
                route -> new MeteredMessenger(route.platform(), route.messenger(), registry))));
    }

    /** The {@code default} program as the settings of the first contract describe it. */
    @Bean
    Program defaultProgram(MentorbotProperties properties, SchedulingProperties scheduling, Copy copy) {
        return new Program(ProgramSlug.DEFAULT, copy.text("programs.defaultName"), "", ProgramKind.ONE_TO_ONE,
                scheduling.matchingSchedule().isPresent() ? MatchingMode.SCHEDULED : MatchingMode.ADMIN, scheduling.matchingCron(),
                properties.program().toSettings(), null, scheduling.programEnd().at().orElse(null), true, Set.of(), "",
                null, null, MatchingRules.DEFAULTS, properties.matching().weights().toWeights(), List.of(), null);
    }

    @Bean
    ProgramRegistry programRegistry(ProgramStore programs, ProgramRegistry.StoreSpace space, Messenger platformMessengers,
                                    Admins admins, Clock clock, IdGenerator ids, Copy copy, Program defaultProgram,
                                    ProgramsStartup.EarlierData earlier, MentorbotProperties properties) {
        List<String> applied = ProgramsStartup.apply(properties.programsPath(), defaultProgram, programs, earlier);
        log.info("Programs applied at start: {}", applied.isEmpty() ? "none" : String.join(", ", applied));
        return ProgramAssembly.registry(programs, space, platformMessengers, admins, clock, ids, copy, properties.anonymity());
    }

    /** The flows of the default program (or of the first program when there is no default). */
    @Bean
    ProgramFlows program(ProgramRegistry registry) {
        return registry.flows(registry.find(ProgramSlug.DEFAULT).orElseGet(() -> registry.all().get(0)));
    }

    /**
     * Once the bot serves, warms matching up in the background when a program is large (see
     * {@link MatchingWarmUpStart}), and with Redis the way its store reads a program's participants too.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> matchingWarmUp(MentorbotProperties properties, ProgramRegistry registry,
                                                             ProgramRegistry.StoreSpace space, Copy copy, Clock clock,
                                                             ObjectProvider<RedisStores> redis) {
        MatchingWarmUpStart warmUp = new MatchingWarmUpStart(properties.matching().warmUpFrom(), registry, space,
                () -> MatchingWarmUp.run(copy, clock, sample -> redis.ifAvailable(stores -> stores.warmUpReading(sample))));
        return ready -> warmUp.start();
    }

    /** Draws the charts of {@code report}; the chart library is loaded the first time an admin asks for one. */
    @Bean
    ChartRenderer chartRenderer() {
        return new JFreeChartRenderer();
    }

    @Bean
    MentorBot mentorBot(ProgramRegistry registry, Clock clock, Copy copy, ChartRenderer chartRenderer) {
        return ProgramAssembly.bot(registry, clock, copy, chartRenderer);
    }
}
