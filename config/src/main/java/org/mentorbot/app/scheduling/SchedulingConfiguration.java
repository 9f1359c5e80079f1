package org.mentorbot.app.scheduling;

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
    DeliveryPool deliveryPool(SchedulingProperties settings) {
        return new DeliveryPool(settings.deliveryConcurrency());
    }

    /** Registers the standing orders, in one transaction when the job store is a database. */
    @Bean
    Timetable timetable(Scheduler scheduler, SchedulingProperties settings,
                        ObjectProvider<PlatformTransactionManager> transactions) throws SchedulerException {
        Timetable timetable = new Timetable(scheduler, settings);
        PlatformTransactionManager manager = transactions.getIfAvailable();
        if (manager == null) {
            timetable.register();
        } else {
            new TransactionTemplate(manager).executeWithoutResult(status -> registerOrFail(timetable));
        }
        return timetable;
    }

    private static void registerOrFail(Timetable timetable) {
        try {
            timetable.register();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not register the schedule with Quartz: " + e.getMessage(), e);
        }
    }
}
