package org.mentorbot.core.memory;

import org.mentorbot.core.surveys.SurveyStore;
import org.mentorbot.core.surveys.SurveyStoreContract;

class InMemorySurveyStoreTest extends SurveyStoreContract {

    @Override
    protected SurveyStore newStore() {
        return new InMemorySurveyStore();
    }
}
