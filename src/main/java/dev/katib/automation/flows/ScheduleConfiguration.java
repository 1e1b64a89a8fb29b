package dev.katib.automation.flows;

import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Quartz, wired by hand (Boot's Quartz starter is not used): a clustered JDBC job store on the application's own
 * PostgreSQL, in the {@code automation_qrtz_} tables of the automation migrations, so that of every Katib process
 * sharing the database exactly one fires each time a schedule comes due. {@code KATIB_SCHEDULES_ENABLED=false}
 * keeps this process from firing schedules (others sharing the database still do).
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

	@Bean
	@DependsOnDatabaseInitialization
	SchedulerFactoryBean automationScheduler(DataSource dataSource, PlatformTransactionManager transactions,
			ApplicationContext context, @Value("${katib.automation.schedules.enabled:true}") boolean enabled,
			@Value("${katib.automation.schedules.cluster-name:katib-automations}") String clusterName) {
		if (!enabled) {
			log.warn("This process fires no automation schedules (KATIB_SCHEDULES_ENABLED=false); other processes "
					+ "sharing the database still do.");
		}
		return scheduler(dataSource, transactions, context, clusterName, "AUTO", enabled);
	}

	/**
	 * A clustered scheduler on the database: the application's, or another process's in a test. Every process of
	 * one Katib shares the cluster's name; each scheduler's connection to the database is its own
	 * ({@link ScheduleJobStore}), so Spring contexts of one JVM may share the name too.
	 */
	static SchedulerFactoryBean scheduler(DataSource dataSource, PlatformTransactionManager transactions,
			ApplicationContext context, String clusterName, String instanceId, boolean start) {
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(context);
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setSchedulerName(clusterName);
		factory.setDataSource(dataSource);
		factory.setTransactionManager(transactions);
		factory.setJobFactory(jobs);
		factory.setQuartzProperties(properties(instanceId));
		factory.setAutoStartup(start);
		factory.setWaitForJobsToCompleteOnShutdown(false);
		factory.setOverwriteExistingJobs(true);
		return factory;
	}

	static Properties properties(String instanceId) {
		Properties properties = new Properties();
		properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
		properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
		properties.setProperty("org.quartz.threadPool.threadCount", "2");
		properties.setProperty("org.quartz.jobStore.class", ScheduleJobStore.class.getName());
		properties.setProperty("org.quartz.jobStore.driverDelegateClass",
				"org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		properties.setProperty("org.quartz.jobStore.tablePrefix", "automation_qrtz_");
		properties.setProperty("org.quartz.jobStore.isClustered", "true");
		properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
		properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
		properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
		return properties;
	}
}
