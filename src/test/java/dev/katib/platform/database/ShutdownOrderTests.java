package dev.katib.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * A clean shutdown stops the executors that run event listeners (and the work they are doing) before
 * the database: the order is decided by declared dependencies, not by chance.
 */
class ShutdownOrderTests {

	private final List<String> stopped = new CopyOnWriteArrayList<>();

	/** Stands for the pool over the embedded PostgreSQL: it records when it is closed. */
	final class RecordingDatabase implements AutoCloseable {

		@Override
		public void close() {
			stopped.add("database");
		}
	}

	@Test
	void finishesTheListenerThatIsRunningBeforeTheDatabaseStops() throws Exception {
		CountDownLatch listenerStarted = new CountDownLatch(1);
		CountDownLatch shutdownBegan = new CountDownLatch(1);
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			// registered first, so without the declared dependency it would be destroyed last
			context.registerBean("applicationTaskExecutor", SimpleAsyncTaskExecutor.class, () -> {
				SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor();
				executor.setTaskTerminationTimeout(60_000);
				return executor;
			});
			context.registerBean(DatabaseStopsLast.DATA_SOURCE, RecordingDatabase.class, RecordingDatabase::new);
			context.registerBean(DatabaseStopsLast.class);
			context.refresh();

			context.getBean(SimpleAsyncTaskExecutor.class).execute(() -> {
				listenerStarted.countDown();
				await(shutdownBegan);
				stopped.add("listener");
			});
			assertThat(listenerStarted.await(30, TimeUnit.SECONDS)).isTrue();
			context.addApplicationListener(event -> {
				if (event instanceof org.springframework.context.event.ContextClosedEvent) {
					shutdownBegan.countDown();
				}
			});
		}

		assertThat(stopped).containsExactly("listener", "database");
	}

	@Test
	void makesEveryExecutorAndSchedulerOfTheApplicationDependOnTheDataSource() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean("applicationTaskExecutor", SimpleAsyncTaskExecutor.class);
			context.registerBean("taskScheduler", org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler.class);
			context.registerBean(DatabaseStopsLast.DATA_SOURCE, RecordingDatabase.class, RecordingDatabase::new);
			context.registerBean(DatabaseStopsLast.class);
			context.refresh();

			assertThat(context.getBeanFactory().getBeanDefinition("applicationTaskExecutor").getDependsOn())
				.contains(DatabaseStopsLast.DATA_SOURCE);
			assertThat(context.getBeanFactory().getBeanDefinition("taskScheduler").getDependsOn())
				.contains(DatabaseStopsLast.DATA_SOURCE);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
