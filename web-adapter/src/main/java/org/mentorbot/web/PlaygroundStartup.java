package org.mentorbot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the bot serves: enrols the sample people if asked ({@code --demo}), and tells the
 * person who started the bot where the playground is.
 */
public final class PlaygroundStartup {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundStartup.class);

    private final boolean standalone;
    private final boolean demo;
    private final SamplePeople samples;

    /**
     * @param standalone whether the playground runs without Slack or Teams on loopback, with an admin seat and no token needed
     * @param demo       whether to enrol the sample people
     */
    public PlaygroundStartup(boolean standalone, boolean demo, SamplePeople samples) {
        this.standalone = standalone;
        this.demo = demo;
        this.samples = samples;
    }

    /** @param port the HTTP port the bot serves on, -1 when it is not known */
    public void serving(int port) {
        if (demo) {
            SamplePeople.Loaded loaded = samples.load();
            log.info("Playground demo: {} sample people enrolled{}", loaded.enrolled(),
                    loaded.rejected().isEmpty() ? "" : "; turned away: " + loaded.rejected());
        }
        if (standalone && demo) {
            log.info("Playground: open http://localhost:{}/ in a browser to try Mentorbot without Slack or Teams. "
                    + "You are the program admin there, next to the sample people. Set MENTORBOT_PLAYGROUND=false to turn it off.", port);
        } else if (standalone) {
            log.info("Playground: open http://localhost:{}/ in a browser to try Mentorbot without Slack or Teams. "
                    + "The first person you create there is the program admin. Set MENTORBOT_PLAYGROUND=false to turn it off.", port);
        } else {
            log.warn("Playground on at http://<a name in MENTORBOT_PLAYGROUND_HOSTS>:{}/ behind MENTORBOT_PLAYGROUND_TOKEN: open "
                    + "/?token=<the token> once in a browser. Whoever has the token can act as any playground person; admins "
                    + "are only the web: ids in MENTORBOT_ADMINS.", port);
        }
    }
}
