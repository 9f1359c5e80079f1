package org.mentorbot.app.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scheduler's numbers for operators: {@code mentorbot.scheduler.look}, how long each tick's look over every
 * program's due-time indexes took (with firing the kinds it found due); {@code mentorbot.scheduler.tick}, how long
 * each round of a kind of due work took over every program, a round running when a tick found the kind due; and
 * {@code mentorbot.scheduler.backlog}, what the last round of the kind on this node found due but could not send
 * yet (deferred to working hours, or failed and due again) and what was still due after it (past a round's most),
 * 0 once a tick here found nothing of the kind due.
 */
final class TickMetrics {

    private final Map<DueWork, Timer> ticks = new EnumMap<>(DueWork.class);
    private final Map<DueWork, AtomicInteger> backlog = new EnumMap<>(DueWork.class);
    private final Timer looks;

    TickMetrics(MeterRegistry registry) {
        looks = Timer.builder("mentorbot.scheduler.look").description("Ticks' looks over every program's due-time indexes")
                .register(registry);
        for (DueWork work : DueWork.values()) {
            ticks.put(work, Timer.builder("mentorbot.scheduler.tick").description("Rounds of one kind of due work, over every program")
                    .tag("kind", work.kind()).register(registry));
            AtomicInteger left = new AtomicInteger();
            backlog.put(work, left);
            Gauge.builder("mentorbot.scheduler.backlog", left, AtomicInteger::get)
                    .description("Items the last round found due but could not send yet, and those still due after it").tag("kind", work.kind()).register(registry);
        }
    }

    void ticked(DueWork work, Duration took, int left) {
        ticks.get(work).record(took);
        backlog.get(work).set(left);
    }

    void looked(Duration took) {
        looks.record(took);
    }

    /** A tick found nothing of this kind due: nothing is waiting to be sent. */
    void nothingDue(DueWork work) {
        backlog.get(work).set(0);
    }
}
