package org.mentorbot.slack.interaction;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.UserChangeEvent;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.Optional;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.slack.SlackWebApi;
import org.mentorbot.slack.http.RequestSignatures;
import org.mentorbot.slack.http.SlackEndpoint;
import org.mentorbot.slack.render.HomeView;
import org.mentorbot.slack.render.SlackCopy;

/**
 * Mentorbot as a Bolt app: {@code /mentor}, the buttons, the modals, the App Home and deactivated
 * accounts ({@code user_change}), each a thin handler that translates Slack's payload into one call
 * to the bot and renders the reply.
 * Over HTTP, serve {@link #httpEndpoint()}: it checks every request's signature (v0 HMAC-SHA256
 * over the body, five minutes either side of now, each signature once) and its shape before Bolt
 * reads it; a request that fails is answered 401 or 400 and changes nothing. Over Socket Mode,
 * serve {@link #app()}.
 */
public final class SlackBot implements AutoCloseable {

    private final App app;
    private final DeferredWork afterAck;
    private final Optional<RequestSignatures> signatures;
    private final RefusedWork refused;

    private SlackBot(App app, DeferredWork afterAck, Optional<RequestSignatures> signatures, RefusedWork refused) {
        this.app = app;
        this.afterAck = afterAck;
        this.signatures = signatures;
        this.refused = refused;
    }

    /**
     * @param signingSecret the app's signing secret; blank only for Socket Mode, where Slack's
     *                      connection itself is authenticated and requests are not signed
     */
    public static SlackBot create(SlackWebApi slack, String signingSecret, MentorBot bot, SeenEvents seen, Clock clock,
                                  Tuning tuning) {
        boolean signed = signingSecret != null && !signingSecret.isBlank();
        App app = new App(AppConfig.builder().slack(slack.slack()).singleTeamBotToken(slack.botToken())
                .signingSecret(signed ? signingSecret : null).requestVerificationEnabled(signed)
                .authTestCacheEnabled(true).build());
        SlackCopy copy = SlackCopy.english();
        DeferredWork afterAck = new DeferredWork("slack-after-ack", tuning.afterAckThreads(), tuning.afterAckQueue());
        SlackPeople people = new SlackPeople(slack.methods(), clock);
        Answers answers = new Answers(slack.slack(), slack.methods(), copy);
        RefusedWork refused = new RefusedWork();
        AppHome home = new AppHome(bot, people, new HomeView(copy), slack.async(), afterAck, seen, refused);
        ButtonPresses buttons = new ButtonPresses(bot, people, answers, home, afterAck, seen, copy, refused);
        FormSubmissions forms = new FormSubmissions(bot, people, answers, afterAck, copy);
        app.use(new FailSafe(copy, refused));
        app.command(MentorCommand.COMMAND, new MentorCommand(bot, people, answers, afterAck, refused));
        ButtonPresses.ACTION_IDS.forEach(id -> app.blockAction(id, buttons));
        FormSubmissions.FORM_IDS.forEach(id -> app.viewSubmission(id, forms));
        app.event(AppHomeOpenedEvent.class, home);
        app.event(UserChangeEvent.class, new Departures(bot));
        return new SlackBot(app, afterAck, signed ? Optional.of(new RequestSignatures(signingSecret, clock, seen)) : Optional.empty(),
                refused);
    }

    /** The work acknowledged but refused so far, by reason. */
    public RefusedWork refusedWork() {
        return refused;
    }

    public App app() {
        return app;
    }

    /** The servlet for {@code POST /slack/events}; only for a bot created with a signing secret. */
    public HttpServlet httpEndpoint() {
        return new SlackEndpoint(app, signatures.orElseThrow(() -> new IllegalStateException(
                "Slack over HTTP needs the signing secret to check each request")));
    }

    @Override
    public void close() {
        afterAck.close();
    }

    /** How much work may wait after the acknowledgements, and how many threads do it. */
    public record Tuning(int afterAckThreads, int afterAckQueue) {
        public Tuning {
            if (afterAckThreads < 1 || afterAckQueue < 1) {
                throw new IllegalArgumentException("after-ack threads and queue must be at least 1");
            }
        }
    }
}
