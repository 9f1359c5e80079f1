package org.mentorbot.core.memory;

import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.recognition.RecognitionStoreContract;

class InMemoryRecognitionStoreTest extends RecognitionStoreContract {

    @Override
    protected RecognitionStore newStore() {
        return new InMemoryRecognitionStore();
    }
}
