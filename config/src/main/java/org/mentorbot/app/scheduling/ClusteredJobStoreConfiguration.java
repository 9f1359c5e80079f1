package org.mentorbot.app.scheduling;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.quartz.QuartzDataSource;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.QuartzTransactionManager;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several nodes: with {@code SPRING_QUARTZ_JOB_STORE_TYPE=jdbc}, Quartz keeps its triggers in
 * PostgreSQL and the nodes form one cluster, so that each firing runs on exactly one node and
 * a node that dies has its work taken over by another. The database is only for Quartz, so
 * this configuration builds the DataSource itself from {@code spring.datasource.*} (the
 * application excludes DataSource auto-configuration to need no database on the embedded default).
 *
 * <p>Cluster settings applied unless {@code spring.quartz.properties.*} says otherwise:
 * {@code isClustered=true}, {@code instanceId=AUTO}, the PostgreSQL delegate, a 5 s cluster
 * check-in, and trigger acquisition inside the row lock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.quartz.job-store-type", havingValue = "jdbc")
@EnableConfigurationProperties(DataSourceProperties.class)
public class ClusteredJobStoreConfiguration {

    static final Map<String, String> CLUSTER_DEFAULTS = Map.of(
            "org.quartz.jobStore.isClustered", "true",
            "org.quartz.scheduler.instanceId", "AUTO",
            "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
            "org.quartz.jobStore.clusterCheckinInterval", "5000",
            "org.quartz.jobStore.acquireTriggersWithinLock", "true");

    @Bean
    @QuartzDataSource
    DataSource quartzDataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().build();
    }

    @Bean
    @QuartzTransactionManager
    PlatformTransactionManager quartzTransactionManager(DataSource quartzDataSource) {
        return new DataSourceTransactionManager(quartzDataSource);
    }

    /** Creates the schema when missing (before the scheduler first touches it) and applies the cluster settings. */
    @Bean
    SchedulerFactoryBeanCustomizer clusteredQuartz(QuartzProperties quartz, DataSource quartzDataSource,
                                                   SchedulingProperties settings) throws SQLException, IOException {
        if (settings.createSchema()) {
            QuartzSchema.ensure(quartzDataSource);
        }
        Properties merged = new Properties();
        merged.putAll(CLUSTER_DEFAULTS);
        merged.putAll(quartz.getProperties());
        return factory -> factory.setQuartzProperties(merged);
    }
}
