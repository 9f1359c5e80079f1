package org.mentorbot.slack.interaction;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work the bot acknowledged to Slack but could not do, so that it is never lost in silence: each
 * refusal is logged at WARN with its reason and counted, and the person is told to try again
 * (see {@link ButtonPresses}). The counts are for a metrics endpoint to come.
 */
public final class RefusedWork {

    private static final Logger log = LoggerFactory.getLogger(RefusedWork.class);

    /** What happens to refused work a person asked for: they are told, and asked to try again. */
    static final String ASKED_AGAIN = "the person is asked to try again";
    /** What happens to a refused event: Slack gets a 503, and delivers the event again. */
    static final String DELIVERED_AGAIN = "answered 503, so Slack delivers it again";
    /** What happens to a refused App Home view: it is published when the person next opens the tab. */
    static final String NEXT_VISIT = "the view is published when the person next opens the tab";

    /** Why acknowledged work could not run. */
    public enum Reason {
        /** Every after-ack thread was busy and its queue full. */
        POOL_FULL("every after-ack thread is busy and the queue is full"),
        /** The state store could not be read or written. */
        STORE_DOWN("the state store is unavailable");

        private final String why;

        Reason(String why) {
            this.why = why;
        }
    }

    private final Map<Reason, LongAdder> counts = new EnumMap<>(Reason.class);

    public RefusedWork() {
        for (Reason reason : Reason.values()) {
            counts.put(reason, new LongAdder());
        }
    }

    /**
     * Counts work that could not run, and logs it with what happens to it instead.
     *
     * @param instead how the work still gets done, as the log says it: {@link #ASKED_AGAIN}, {@link #DELIVERED_AGAIN}, …
     */
    void record(Reason reason, String what, String instead) {
        counts.get(reason).increment();
        log.warn("Could not do {}: {}; {}", what, reason.why, instead);
    }

    /** How many times work was refused for this reason since the bot started. */
    public long count(Reason reason) {
        return counts.get(reason).sum();
    }
}
