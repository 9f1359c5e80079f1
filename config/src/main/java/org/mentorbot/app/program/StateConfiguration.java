package org.mentorbot.app.program;

import java.time.Clock;
import org.mentorbot.app.programs.ProgramsStartup;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.memory.InMemorySeenEvents;
import org.mentorbot.core.program.DueLookout;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.program.StoresDueLookout;
import org.mentorbot.core.programs.ProgramStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default's state: everything in memory, and the log says that nothing is persisted. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${mentorbot.redis.url:}'.isBlank()")
public class StateConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StateConfiguration.class);

    @Bean
    Stores stores() {
        log.warn("Embedded default: program state is kept in memory and is NOT persisted; it is lost when the bot stops. "
                + "Set REDIS_URL to keep it in Redis.");
        return Stores.inMemory();
    }

    @Bean
    ProgramStore programStore() {
        return new InMemoryProgramStore();
    }

    @Bean
    ProgramRegistry.StoreSpace storeSpace(Stores stores) {
        return stores.inMemorySpace();
    }

    @Bean
    DueLookout dueLookout(ProgramStore programs, ProgramRegistry.StoreSpace space) {
        return new StoresDueLookout(programs, space);
    }

    @Bean
    ProgramsStartup.EarlierData earlierData() {
        return () -> false;
    }

    @Bean
    SeenEvents seenEvents(Clock clock) {
        return new InMemorySeenEvents(clock);
    }
}
