package org.mentorbot.app.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The yardstick of {@link AckLatencyBenchmark}: a Bolt app that only acknowledges {@code /mentor}
 * and the check-in button. It is configured like Mentorbot's (signing secret, one workspace's bot
 * token, {@code auth.test} cached, the Web API pointed at the same fake) and served the way
 * Mentorbot serves its own: Bolt's servlet at {@code POST /slack/events} on Spring Boot's
 * embedded Tomcat with the same server settings. What it lacks is exactly what Mentorbot adds:
 * the handlers and their work, its middleware, Spring MVC, Actuator and Quartz.
 *
 * <p>Not a {@code @Configuration}, so that the application's component scan never picks it up.
 *
 * <p>Arguments: {@code --server.port=<port> --bench.api-url=<fake Slack API> --bench.secret=<signing secret>}.
 */
@ImportAutoConfiguration(ServletWebServerFactoryAutoConfiguration.class)
public class BareBoltApp {

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEvents(Environment env) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(env.getRequiredProperty("bench.api-url"));
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-bare")
                .signingSecret(env.getRequiredProperty("bench.secret")).requestVerificationEnabled(true)
                .authTestCacheEnabled(true).build());
        app.command("/mentor", (req, ctx) -> ctx.ack());
        app.blockAction("checkin.met", (req, ctx) -> ctx.ack());
        app.start();
        ServletRegistrationBean<SlackAppServlet> registration = new ServletRegistrationBean<>(new SlackAppServlet(app),
                SlackConfiguration.PATH);
        registration.setName("slackEvents");
        return registration;
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(BareBoltApp.class).web(WebApplicationType.SERVLET).run(args);
    }
}
