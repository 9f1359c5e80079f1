package org.mentorbot.slack.interaction;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.User;
import com.slack.api.model.event.UserChangeEvent;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's {@code user_change} with {@code deleted: true}: the person's account was deactivated,
 * so they left the organisation, and the bot records them as a leaver in every program they are in
 * before it acknowledges the event. A few writes, well within Slack's three seconds; done after the
 * acknowledgement, a failure could no longer be told to Slack. When the store cannot record it the
 * {@link org.mentorbot.core.people.StoreUnavailableException} goes on to {@link FailSafe}, which
 * answers 503, and Slack delivers the event again. The event id is not remembered: the leaver's
 * record is itself kept once ({@link MentorBot#leftOrganisation}), so a redelivery of a departure
 * already recorded records nothing, and one that failed is not turned away. Every other change to
 * a profile is ignored.
 */
final class Departures implements BoltEventHandler<UserChangeEvent> {

    private static final Logger log = LoggerFactory.getLogger(Departures.class);

    private final MentorBot bot;

    Departures(MentorBot bot) {
        this.bot = bot;
    }

    @Override
    public Response apply(EventsApiPayload<UserChangeEvent> payload, EventContext ctx) {
        User user = payload.getEvent() == null ? null : payload.getEvent().getUser();
        if (user == null || user.getId() == null || !user.isDeleted()) {
            return ctx.ack();
        }
        ParticipantId person = new ParticipantId("slack:" + user.getId());
        int programs = bot.leftOrganisation(person);
        if (programs > 0) {
            log.info("{} left the organisation: a leaver in {} programs", person, programs);
        }
        return ctx.ack();
    }
}
