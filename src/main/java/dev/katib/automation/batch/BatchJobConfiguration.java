package dev.katib.automation.batch;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch for batch runs: the job repository in PostgreSQL (tables {@code automation_batch_*}, from Flyway)
 * and a job operator that runs each job on a thread of its own. Wired here rather than by Boot, whose JDBC batch
 * module would also launch jobs at start-up; the executors are not beans, so Boot's task executor stays the one
 * {@code @Async} listeners use.
 */
@Configuration(proxyBeanMethods = false)
class BatchJobConfiguration {

	static final String TABLE_PREFIX = "AUTOMATION_BATCH_";

	@Bean
	JdbcJobRepositoryFactoryBean batchJobRepository(DataSource dataSource, PlatformTransactionManager transactions) {
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(dataSource);
		factory.setTransactionManager(transactions);
		factory.setTablePrefix(TABLE_PREFIX);
		// each run is its own job instance, kept unique by the repository's constraint and the run's row lock;
		// serializable creation would fail runs started at the same moment with serialization errors
		factory.setIsolationLevelForCreateEnum(Isolation.READ_COMMITTED);
		return factory;
	}

	@Bean
	JobOperator batchJobOperator(JobRepository batchJobRepository) throws Exception {
		TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
		operator.setJobRepository(batchJobRepository);
		operator.setJobRegistry(new MapJobRegistry());
		SimpleAsyncTaskExecutor runs = new SimpleAsyncTaskExecutor("batch-run-");
		runs.setVirtualThreads(true);
		operator.setTaskExecutor(runs);
		operator.afterPropertiesSet();
		return operator;
	}
}
