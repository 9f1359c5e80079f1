package org.mentorbot.app.slack;

import com.slack.api.bolt.App;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.slack.SlackWebApi;
import org.mentorbot.slack.interaction.SlackBot;
import org.mentorbot.slack.messaging.SlackMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Slack, when its settings are there: the Web API client, the Slack messenger as the route for
 * {@code slack:} people, and the Bolt app served at {@code POST /slack/events} (commands,
 * interactivity and events on one URL) or over Socket Mode when an app token is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackTransportCondition.Enabled.class)
public class SlackConfiguration {

    public static final String PATH = "/slack/events";

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    SlackWebApi slackWebApi(SlackProperties properties) {
        return SlackWebApi.connect(properties.apiUrl(), properties.botToken(), properties.sendThreads());
    }

    @Bean
    SlackMessenger slackMessenger(SlackWebApi slack, SlackProperties properties) {
        return new SlackMessenger(slack.async(), properties.sendPatience());
    }

    @Bean
    PlatformRoute slackRoute(SlackMessenger slackMessenger) {
        return new PlatformRoute("slack", slackMessenger);
    }

    @Bean(destroyMethod = "close")
    SlackBot slackBot(SlackWebApi slack, SlackProperties properties, MentorBot bot, SeenEvents seenEvents, Clock clock) {
        SlackBot.Tuning tuning = new SlackBot.Tuning(properties.afterAckThreads(), properties.afterAckQueue());
        return SlackBot.create(slack, properties.signingSecret(), bot, seenEvents, clock, tuning);
    }

    @Bean
    @Conditional(SlackTransportCondition.Http.class)
    ServletRegistrationBean<HttpServlet> slackEvents(SlackBot slackBot) throws Exception {
        App app = slackBot.app();
        app.start();
        log.info("Slack is on over HTTP at POST {}", PATH);
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(slackBot.httpEndpoint(), PATH);
        registration.setName("slackEvents");
        return registration;
    }

    @Bean
    @Conditional(SlackTransportCondition.SocketMode.class)
    SocketModeConnection socketModeConnection(SlackBot slackBot, SlackProperties properties) {
        return new SocketModeConnection(slackBot.app(), properties.appToken());
    }
}
