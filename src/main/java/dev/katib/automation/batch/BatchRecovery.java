package dev.katib.automation.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;

/**
 * Resumes the runs whose process stopped while they ran: each restarts its job from the last committed chunk, and
 * the rows caught drafting are drafted again, finding the letters they had opened. A process vouches for the runs it
 * runs every few seconds ({@link RunEnds#heartbeat()}); a running run nobody vouched for within
 * {@link #ABANDONED_AFTER} is resumed here, when Katib starts and every half minute, so that with several processes
 * a run is resumed once its own process is gone, and never taken from one that still runs it.
 */
@Component
class BatchRecovery {

	private static final Logger log = LoggerFactory.getLogger(BatchRecovery.class);

	/** How long a running run goes without its process's word before it counts as abandoned. */
	static final Duration ABANDONED_AFTER = Duration.ofSeconds(90);

	private final BatchRunStore runs;
	private final RunJobs jobs;
	private final RunWriters writers;
	private final Clock clock;

	BatchRecovery(BatchRunStore runs, RunJobs jobs, RunWriters writers, Clock clock) {
		this.runs = runs;
		this.jobs = jobs;
		this.writers = writers;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeOnStart() {
		resumeInterrupted();
	}

	@Scheduled(initialDelay = 30_000, fixedDelay = 30_000)
	void resumeNow() {
		resumeInterrupted();
	}

	/** Restarts every abandoned run; how many. */
	synchronized int resumeInterrupted() {
		int resumed = 0;
		Instant before = clock.instant().minus(ABANDONED_AFTER);
		for (BatchRun run : runs.abandoned(before)) {
			if (jobs.live(run.id()) || !runs.claim(run.id(), before, clock.instant())) {
				continue;
			}
			try {
				long execution = jobs.launch(run, writers.writerOf(run));
				runs.changeWhere(run.id(), current -> current.withExecution(execution));
				resumed++;
				log.info("Batch run {} of tenant {} resumed after a restart", run.id(), run.tenantId());
			}
			catch (KatibException refused) {
				runs.changeWhere(run.id(), current -> current.status() == RunStatus.RUNNING
						? current.moveTo(RunStatus.FAILED, clock.instant(), refused.getMessage()) : current);
				log.warn("Batch run {} of tenant {} could not be resumed: {}", run.id(), run.tenantId(),
						refused.getMessage());
			}
		}
		return resumed;
	}
}
