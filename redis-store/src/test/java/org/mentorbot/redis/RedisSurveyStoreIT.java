package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.surveys.SurveyStore;
import org.mentorbot.core.surveys.SurveyStoreContract;

class RedisSurveyStoreIT extends SurveyStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected SurveyStore newStore() {
        return REDIS.newStores().forProgram(new ProgramSlug("eng")).surveys();
    }
}
