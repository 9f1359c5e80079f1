package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.recognition.RecognitionStoreContract;

/** The recognition contract on Redis, in a program's own key space (not the default program's). */
class RedisRecognitionStoreIT extends RecognitionStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected RecognitionStore newStore() {
        return REDIS.newStores().forProgram(new ProgramSlug("eng")).recognition();
    }
}
