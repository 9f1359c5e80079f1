package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The matching warm-up's read of a sample roster through the participant store's JSON: it reads back exactly
 * what the store would have written, on every core for a sample of a program's size, and asks nothing of Redis.
 */
class RedisReadingWarmUpIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private final CountedRedis redis = new CountedRedis(REDIS.url());

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void aSampleIsReadBackAsWrittenWithoutACommandToRedisAndKeepsNothing() {
        String prefix = REDIS.newPrefix();
        RedisStores stores = new RedisStores(redis.client(), prefix);
        List<Participant> sample = new RosterGenerator(7).generate(2_500, 500);

        long before = redis.total();
        stores.warmUpReading(sample);

        assertThat(redis.total() - before).as("commands sent by the warm-up").isZero();
        assertThat(stores.forProgram(ProgramSlug.DEFAULT).participants().all()).as("participants kept").isEmpty();
    }

    @Test
    void whatTheStoreWritesForTheSampleIsWhatItReadsBack() {
        RedisStores stores = new RedisStores(redis.client(), REDIS.newPrefix());
        List<Participant> sample = new RosterGenerator(11).generate(40, 10);
        sample.forEach(stores.forProgram(ProgramSlug.DEFAULT).participants()::save);

        assertThat(stores.forProgram(ProgramSlug.DEFAULT).participants().all()).containsExactlyInAnyOrderElementsOf(sample);
    }
}
