package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.programs.CachedPrograms;
import org.mentorbot.core.programs.Playbook;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import redis.clients.jedis.JedisPooled;

/** Two nodes, each with its own connection and its own kept programs, over one Redis. */
class ProgramsAcrossNodesIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Test
    void aProgramCreatedOnOneNodeIsSeenOnTheOther() {
        String prefix = REDIS.newPrefix();
        String url = System.getenv("MENTORBOT_TEST_REDIS_URL");
        try (JedisPooled secondConnection = new JedisPooled(URI.create(url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url))) {
            CachedPrograms nodeA = new CachedPrograms(new RedisStores(REDIS.jedis(), prefix).programs());
            CachedPrograms nodeB = new CachedPrograms(new RedisStores(secondConnection, prefix).programs());
            assertThat(nodeB.all()).isEmpty();

            nodeA.save(Program.named(new ProgramSlug("leaders"), "New managers"));
            assertThat(nodeB.find(new ProgramSlug("leaders"))).get().extracting(Program::name).isEqualTo("New managers");

            nodeA.save(Program.named(new ProgramSlug("leaders"), "New managers' circle").withPlaybook(Playbook.OFF));
            assertThat(nodeB.all()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("New managers' circle");
                assertThat(p.playbook()).isEqualTo(Playbook.OFF);
            });
        }
    }
}
