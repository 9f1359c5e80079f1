package org.mentorbot.app.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.app.program.MentorbotProperties;
import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.web.PlaygroundEndpoint;
import org.mentorbot.web.PlaygroundPage;
import org.mentorbot.web.PlaygroundPeople;
import org.mentorbot.web.PlaygroundStartup;
import org.mentorbot.web.SamplePeople;
import org.mentorbot.web.WebInbox;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the browser playground when it is enabled (see {@link PlaygroundMode}): the people
 * directory, the {@code web} platform's inbox messenger, the sample people, the page and its
 * assets. Standalone, the playground hands out one admin seat, {@code web:admin}, to the
 * first person created, and listens on loopback unless {@code SERVER_ADDRESS} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PlaygroundEnabled.class)
public class PlaygroundConfiguration implements WebMvcConfigurer {

    public static final ParticipantId ADMIN_SEAT = new ParticipantId("web:admin");

    private final PlaygroundMode mode;

    PlaygroundConfiguration(Environment environment) {
        this.mode = PlaygroundMode.from(environment);
    }

    /** The configured admins, plus the playground's admin seat when it runs standalone. */
    @Bean
    @Primary
    Admins playgroundAdmins(MentorbotProperties properties) {
        Set<ParticipantId> ids = new HashSet<>(Admins.parse(properties.admins()).ids());
        adminSeat().ifPresent(ids::add);
        return new Admins(ids);
    }

    @Bean
    PlaygroundPeople playgroundPeople(Admins playgroundAdmins) {
        return new PlaygroundPeople(adminSeat(), playgroundAdmins);
    }

    @Bean
    WebInbox webInbox(PlaygroundPeople people, Clock clock) {
        return new WebInbox(people::knows, clock);
    }

    @Bean
    PlatformRoute webRoute(WebInbox webInbox) {
        return new PlatformRoute("web", webInbox);
    }

    @Bean
    SamplePeople samplePeople(ObjectMapper json, PlaygroundPeople people, MentorBot bot) {
        return SamplePeople.shipped(json, people, bot);
    }

    @Bean
    PlaygroundEndpoint playgroundEndpoint(PlaygroundPeople people, WebInbox webInbox, MentorBot bot, SamplePeople samples,
                                          ObjectMapper json) {
        return new PlaygroundEndpoint(people, webInbox, bot, samples, json);
    }

    @Bean
    PlaygroundPage playgroundPage() {
        return new PlaygroundPage();
    }

    /** Once the bot serves: the sample people with {@code --demo}, and where the playground is, in the log. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> playgroundStartup(PlaygroundProperties properties,
                                                                 ApplicationArguments arguments, SamplePeople samples) {
        PlaygroundStartup startup = new PlaygroundStartup(mode == PlaygroundMode.STANDALONE,
                properties.demo() || arguments.containsOption("demo"), samples);
        return ready -> startup.serving(ready.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1);
    }

    /** Standalone, the playground is for this computer only, unless the bind address is set. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> playgroundLoopback(Environment environment) {
        return factory -> {
            if (mode == PlaygroundMode.STANDALONE && !environment.containsProperty("server.address")) {
                factory.setAddress(InetAddress.getLoopbackAddress());
            }
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/playground/assets/**").addResourceLocations("classpath:/playground/static/");
    }

    private Optional<ParticipantId> adminSeat() {
        return mode == PlaygroundMode.STANDALONE ? Optional.of(ADMIN_SEAT) : Optional.empty();
    }
}
