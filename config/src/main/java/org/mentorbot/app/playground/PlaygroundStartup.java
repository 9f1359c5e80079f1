package org.mentorbot.app.playground;

import org.mentorbot.web.SamplePeople;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Once the bot serves: enrols the sample people if asked ({@code --demo}), and tells the
 * person who started the bot where the playground is.
 */
class PlaygroundStartup implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundStartup.class);

    private final PlaygroundMode mode;
    private final boolean demo;
    private final SamplePeople samples;

    PlaygroundStartup(PlaygroundMode mode, boolean demo, SamplePeople samples) {
        this.mode = mode;
        this.demo = demo;
        this.samples = samples;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (demo) {
            SamplePeople.Loaded loaded = samples.load();
            log.info("Playground demo: {} sample people enrolled{}", loaded.enrolled(),
                    loaded.rejected().isEmpty() ? "" : "; turned away: " + loaded.rejected());
        }
        int port = ready.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        if (mode == PlaygroundMode.STANDALONE) {
            log.info("Playground: open http://localhost:{}/ in a browser to try Mentorbot without Slack or Teams. "
                    + "The first person you create there is the program admin. Set MENTORBOT_PLAYGROUND=false to turn it off.", port);
        } else {
            log.warn("Playground enabled next to Slack/Teams at http://<this host>:{}/: anyone who can reach this port can "
                    + "talk to the real program as web: people. Admins come only from MENTORBOT_ADMINS.", port);
        }
    }
}
