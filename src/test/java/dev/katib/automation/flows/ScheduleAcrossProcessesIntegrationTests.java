package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.support.IntegrationTest;

/**
 * A schedule fires once per due time however many schedulers share the database: the application's own and two
 * more in this JVM, all clustered on the same Quartz tables, firing every second so that a few seconds show many due
 * times. {@code ScheduleInTwoKatibProcessesTests} shows the same with two Katib processes, every minute.
 */
class ScheduleAcrossProcessesIntegrationTests extends IntegrationTest {

	@Autowired
	Scheduler applicationScheduler;

	@Autowired
	AutomationStore automations;

	@Autowired
	Schedules schedules;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScheduleFiresOnceForEachDueTimeWithThreeProcessesRunning() throws Exception {
		Automation automation = everySecond();
		Map<Instant, AtomicInteger> fires = new ConcurrentHashMap<>();
		JobListener counting = new Counting(fires);
		KeyMatcher<JobKey> itsJob = KeyMatcher.keyEquals(JobKey.jobKey(automation.id().toString(), "automations"));
		applicationScheduler.getListenerManager().addJobListener(counting, itsJob);
		SchedulerFactoryBean second = process("test-process-2");
		SchedulerFactoryBean third = process("test-process-3");
		try {
			second.getScheduler().getListenerManager().addJobListener(counting, itsJob);
			third.getScheduler().getListenerManager().addJobListener(counting, itsJob);
			schedules.sync(automation);
			Thread.sleep(Duration.ofSeconds(8));
			schedules.remove(automation);
		}
		finally {
			second.destroy();
			third.destroy();
			applicationScheduler.getListenerManager().removeJobListener(counting.getName());
		}

		assertThat(fires).hasSizeGreaterThanOrEqualTo(4);
		assertThat(fires.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
		assertThat(executions(automation)).isEqualTo(fires.size());
	}

	/**
	 * Quartz keeps its connections to the database in one registry per JVM: a second Spring context's scheduler of
	 * the same cluster, stopped with its pool, must leave this context's scheduler on this context's pool.
	 */
	@Test
	void schedulesStillFireAfterAnotherSchedulerOfTheClusterStoppedWithItsPool() throws Exception {
		try (HikariDataSource pool = poolLikeTheApplications()) {
			SchedulerFactoryBean other = ScheduleConfiguration.scheduler(pool, new DataSourceTransactionManager(pool),
					context, applicationScheduler.getSchedulerName(), "test-other-context", true);
			other.afterPropertiesSet();
			other.start();
			other.destroy();
		}
		Automation automation = everySecond();
		try {
			schedules.sync(automation);
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
				.until(() -> executions(automation), started -> started >= 2);
		}
		finally {
			schedules.remove(automation);
		}
	}

	/** A schedule every second, which the API refuses (at most once a minute), to see several fires in seconds. */
	private Automation everySecond() {
		var organisation = accounts.organisation();
		Definition definition = new Definition(new Trigger(TriggerKind.SCHEDULE, "* * * * * ?", null, null, null, null,
				null, null), List.of(), List.of(new Step("only", StepType.CONDITION, null, null, null, null, null, null, null, null,
						List.of(new FlowCondition("anything", "empty", null)), null, null, null)));
		Automation automation = new Automation(UUID.randomUUID(), organisation.tenantId(), organisation.owner().memberId(),
				"كل ثانية", true, definition, false, clock.instant(), clock.instant());
		automations.insert(automation);
		return automation;
	}

	private long executions(Automation automation) {
		return jdbc.sql("SELECT count(*) FROM automation_flow_execution WHERE automation_id = :id")
			.param("id", automation.id()).query(Long.class).single();
	}

	/** A pool of its own on the application's database, as another Spring context of this JVM has. */
	private HikariDataSource poolLikeTheApplications() throws SQLException {
		HikariDataSource pool = new HikariDataSource();
		try (Connection connection = dataSource.getConnection()) {
			pool.setJdbcUrl(connection.getMetaData().getURL());
			pool.setUsername(connection.getMetaData().getUserName());
		}
		pool.setMaximumPoolSize(2);
		return pool;
	}

	private SchedulerFactoryBean process(String instanceId) throws Exception {
		SchedulerFactoryBean process = ScheduleConfiguration.scheduler(dataSource, transactions, context,
				applicationScheduler.getSchedulerName(), instanceId, true);
		process.afterPropertiesSet();
		process.start();
		return process;
	}

	/** Counts the runs of the job per due time, in whichever scheduler ran it. */
	private record Counting(Map<Instant, AtomicInteger> fires) implements JobListener {

		@Override
		public String getName() {
			return "counting-" + System.identityHashCode(fires);
		}

		@Override
		public void jobToBeExecuted(JobExecutionContext context) {
		}

		@Override
		public void jobExecutionVetoed(JobExecutionContext context) {
		}

		@Override
		public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException failure) {
			fires.computeIfAbsent(context.getScheduledFireTime().toInstant(), due -> new AtomicInteger()).incrementAndGet();
		}
	}
}
