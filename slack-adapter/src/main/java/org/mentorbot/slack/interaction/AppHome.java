package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.Optional;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.slack.render.HomeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: each time a person opens it, the bot publishes their profile, pairing,
 * next check-in and quick actions. Slack retries an event it thinks went unanswered
 * ({@code X-Slack-Retry-Num}); each {@code event_id} is handled once.
 */
public final class AppHome implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AppHome.class);
    static final Duration EVENT_MEMORY = Duration.ofMinutes(15);

    private final MentorBot bot;
    private final SlackPeople people;
    private final HomeView view;
    private final AsyncMethodsClient slack;
    private final DeferredWork afterAck;
    private final SeenEvents seen;
    private final RefusedWork refused;

    AppHome(MentorBot bot, SlackPeople people, HomeView view, AsyncMethodsClient slack, DeferredWork afterAck, SeenEvents seen,
            RefusedWork refused) {
        this.bot = bot;
        this.people = people;
        this.view = view;
        this.slack = slack;
        this.afterAck = afterAck;
        this.seen = seen;
        this.refused = refused;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event == null || event.getUser() == null || !"home".equals(event.getTab())) {
            return ctx.ack();
        }
        String key = "slack:event:" + (payload.getEventId() == null ? event.getUser() + ":" + event.getEventTs() : payload.getEventId());
        String what = "App Home of slack:" + event.getUser();
        if (seen.firstSighting(key, EVENT_MEMORY)
                && !afterAck.submit(what, () -> publish(people.actor(event.getUser(), null), Optional.empty()))) {
            refused.record(RefusedWork.Reason.POOL_FULL, what, RefusedWork.NEXT_VISIT);
        }
        return ctx.ack();
    }

    /** Publishes the person's home view, with {@code notice} (the answer to what they just did there) on top. */
    void publish(Actor actor, Optional<Reply> notice) {
        Reply profile = bot.handle(new Inbound.CommandReceived(actor, Command.PROFILE));
        View home = view.render(profile, notice);
        slack.viewsPublish(r -> r.userId(actor.id().userId()).view(home)).whenComplete((published, failure) -> {
            if (failure != null) {
                log.warn("views.publish for {} failed: {}", actor.id(), failure.getMessage());
            } else if (!published.isOk()) {
                log.warn("views.publish for {} answered {}", actor.id(), published.getError());
            }
        });
    }
}
