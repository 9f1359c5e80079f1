package org.mentorbot.app.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import org.mentorbot.core.program.DueLookout;
import org.mentorbot.core.program.DueWatch;
import org.mentorbot.core.program.ProgramRegistry;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the program's timed work into Quartz: the delivery pool and the standing orders. The
 * jobs are created by Spring's job factory, so they get the program's beans injected.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulingConfiguration {

    @Bean
    TickMetrics tickMetrics(MeterRegistry registry) {
        return new TickMetrics(registry);
    }

    /** The tick's look over every program's due-time indexes, keeping the programs between ticks. */
    @Bean
    DueWatch dueWatch(ProgramRegistry programs, DueLookout lookout) {
        return new DueWatch(programs, lookout);
    }

    @Bean
    DeliveryPool deliveryPool(SchedulingProperties settings) {
        return new DeliveryPool(settings.deliveryConcurrency());
    }

    /**
     * Registers the standing orders for every program, in one transaction when the job store is a
     * database, and again whenever an admin creates, edits or closes a program in chat.
     */
    @Bean
    Timetable timetable(Scheduler scheduler, SchedulingProperties settings, ProgramRegistry programs,
                        ObjectProvider<PlatformTransactionManager> transactions) {
        Timetable timetable = new Timetable(scheduler, settings);
        PlatformTransactionManager manager = transactions.getIfAvailable();
        Runnable register = () -> registerOrFail(timetable, programs);
        if (manager == null) {
            register.run();
        } else {
            new TransactionTemplate(manager).executeWithoutResult(status -> register.run());
        }
        programs.onChange(changed -> {
            if (manager == null) {
                register.run();
            } else {
                new TransactionTemplate(manager).executeWithoutResult(status -> register.run());
            }
        });
        return timetable;
    }

    private static void registerOrFail(Timetable timetable, ProgramRegistry programs) {
        try {
            timetable.register(programs.all());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not register the schedule with Quartz: " + e.getMessage(), e);
        }
    }
}
