package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.User;
import com.slack.api.model.event.UserChangeEvent;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.MentorBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's {@code user_change} with {@code deleted: true}: the person's account was deactivated,
 * so they left the organisation. Acknowledged at once; the bot records them as a leaver in every
 * program they are in after the acknowledgement. Slack delivers an event again when it got no
 * acknowledgement, so each event id counts once; every other change to a profile is ignored.
 */
final class Departures implements BoltEventHandler<UserChangeEvent> {

    private static final Logger log = LoggerFactory.getLogger(Departures.class);

    private final MentorBot bot;
    private final DeferredWork afterAck;
    private final SeenEvents seen;
    private final RefusedWork refused;

    Departures(MentorBot bot, DeferredWork afterAck, SeenEvents seen, RefusedWork refused) {
        this.bot = bot;
        this.afterAck = afterAck;
        this.seen = seen;
        this.refused = refused;
    }

    @Override
    public Response apply(EventsApiPayload<UserChangeEvent> payload, EventContext ctx) {
        User user = payload.getEvent() == null ? null : payload.getEvent().getUser();
        if (user == null || user.getId() == null || !user.isDeleted()) {
            return ctx.ack();
        }
        ParticipantId person = new ParticipantId("slack:" + user.getId());
        String key = "slack:event:" + (payload.getEventId() == null ? "user_change:" + user.getId() : payload.getEventId());
        String what = "the departure of " + person;
        if (seen.firstSighting(key, AppHome.EVENT_MEMORY) && !afterAck.submit(what, () -> record(person))) {
            refused.record(RefusedWork.Reason.POOL_FULL, what);
        }
        return ctx.ack();
    }

    private void record(ParticipantId person) {
        try {
            log.info("{} left the organisation: a leaver in {} programs", person, bot.leftOrganisation(person));
        } catch (StoreUnavailableException outage) {
            log.warn("could not record that {} left the organisation: {}", person, outage.getMessage());
        }
    }
}
