package org.mentorbot.slack.interaction;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.slack.render.SlackCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's outer edge: a request that a handler could not answer becomes a log line with
 * the request's kind and a private "something went wrong" for the person, never a 5xx with a
 * stack trace. It runs after Bolt's own checks, so a badly signed request is still a 401. A state
 * store that cannot be reached is no bug: it is a WARN and a "try again"; an event is answered
 * 503 then, so that Slack delivers it again later (its id was not recorded).
 */
final class FailSafe implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(FailSafe.class);

    private final SlackCopy copy;
    private final RefusedWork refused;

    FailSafe(SlackCopy copy, RefusedWork refused) {
        this.copy = copy;
        this.refused = refused;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(request);
        } catch (StoreUnavailableException outage) {
            boolean event = request.getRequestType() == RequestType.Event;
            refused.record(RefusedWork.Reason.STORE_DOWN, "a Slack " + request.getRequestType() + " request",
                    event ? RefusedWork.DELIVERED_AGAIN : RefusedWork.ASKED_AGAIN);
            return event ? Response.json(503, Map.of("error", "try again"))
                    : Response.json(200, Map.of("response_type", "ephemeral", "text", copy.text("bot.storeDown")));
        } catch (RuntimeException failure) {
            log.error("Could not answer a Slack {} request", request.getRequestType(), failure);
            return Response.json(200, Map.of("response_type", "ephemeral", "text", copy.text("bot.failed")));
        }
    }
}
