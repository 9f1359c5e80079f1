package org.mentorbot.app.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/** Checks the settings before anything is built from them (see {@link SettingsCheck}). */
@Configuration(proxyBeanMethods = false)
public class SettingsConfiguration {

    @Bean
    static SettingsCheck settingsCheck(ConfigurableEnvironment environment) {
        return new SettingsCheck(environment);
    }
}
