package org.mentorbot.app.playground;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
import org.mentorbot.web.PlaygroundGate;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the browser playground when it is enabled (see {@link PlaygroundMode}): the people
 * directory, the {@code web} platform's inbox messenger, the sample people, the page and its
 * assets, and the {@link PlaygroundGate} in front of them. Standalone, the playground listens on
 * loopback unless {@code SERVER_ADDRESS} says otherwise, and there — standalone and on loopback
 * only — hands out one admin seat, {@code web:admin}, to the first person created. Next to a
 * platform, or on an address other computers can reach, it refuses to start without
 * {@code MENTORBOT_PLAYGROUND_TOKEN}: there anyone who reaches it would act as any playground person.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PlaygroundEnabled.class)
public class PlaygroundConfiguration implements WebMvcConfigurer {

    public static final ParticipantId ADMIN_SEAT = new ParticipantId("web:admin");

    private final PlaygroundMode mode;
    private final boolean loopback;

    PlaygroundConfiguration(Environment environment) {
        this.mode = PlaygroundMode.from(environment);
        this.loopback = servesOnLoopback(mode, environment.getProperty("server.address", ""));
    }

    /** The gate in front of the playground; refuses to start where a token is needed and none is set. */
    @Bean
    PlaygroundGate playgroundGate(PlaygroundProperties properties) {
        boolean needsToken = mode == PlaygroundMode.BESIDE_PLATFORMS || !loopback;
        if (needsToken && properties.token().isBlank()) {
            throw new IllegalStateException("The playground will not start " + (loopback ? "next to Slack or Teams" : "on an address "
                    + "other computers can reach") + " without a token: anyone who reached it could act as any playground person. "
                    + "Set MENTORBOT_PLAYGROUND_TOKEN to a long random secret (and MENTORBOT_PLAYGROUND_HOSTS to the names it is "
                    + "reached at), or MENTORBOT_PLAYGROUND=false to turn it off.");
        }
        return new PlaygroundGate(Set.copyOf(properties.hosts()), Optional.of(properties.token()).filter(t -> !t.isBlank()));
    }

    @Bean
    FilterRegistrationBean<PlaygroundDoor> playgroundDoor(PlaygroundGate gate) {
        FilterRegistrationBean<PlaygroundDoor> registration = new FilterRegistrationBean<>(new PlaygroundDoor(gate));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
        PlaygroundStartup startup = new PlaygroundStartup(mode == PlaygroundMode.STANDALONE && loopback,
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
        return mode == PlaygroundMode.STANDALONE && loopback ? Optional.of(ADMIN_SEAT) : Optional.empty();
    }

    /** Standalone without SERVER_ADDRESS binds loopback (see {@link #playgroundLoopback}); beside a platform, all addresses. */
    static boolean servesOnLoopback(PlaygroundMode mode, String serverAddress) {
        if (serverAddress.isBlank()) {
            return mode == PlaygroundMode.STANDALONE;
        }
        try {
            return InetAddress.getByName(serverAddress.strip()).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
