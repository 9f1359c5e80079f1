package org.mentorbot.app.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scheduler's numbers for operators: {@code mentorbot.scheduler.tick}, how long each tick of a kind of
 * due work took over every program, and {@code mentorbot.scheduler.backlog}, what the last tick of the kind
 * on this node found due but could not send yet (deferred to working hours, or failed and due again).
 */
final class TickMetrics {

    private final Map<DueWork, Timer> ticks = new EnumMap<>(DueWork.class);
    private final Map<DueWork, AtomicInteger> backlog = new EnumMap<>(DueWork.class);

    TickMetrics(MeterRegistry registry) {
        for (DueWork work : DueWork.values()) {
            ticks.put(work, Timer.builder("mentorbot.scheduler.tick").description("Ticks of one kind of due work, over every program")
                    .tag("kind", work.kind()).register(registry));
            AtomicInteger left = new AtomicInteger();
            backlog.put(work, left);
            Gauge.builder("mentorbot.scheduler.backlog", left, AtomicInteger::get)
                    .description("Items the last tick found due but could not send yet").tag("kind", work.kind()).register(registry);
        }
    }

    void ticked(DueWork work, Duration took, int left) {
        ticks.get(work).record(took);
        backlog.get(work).set(left);
    }
}
