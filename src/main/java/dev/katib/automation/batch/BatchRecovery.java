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
 * {@link BatchSettings#abandonedAfter()} (90 seconds) is resumed here, when Katib starts and every
 * {@link BatchSettings#recoveryInterval()} (half a minute), so that with several processes
 * a run is resumed once its own process is gone, and never taken from one that still runs it.
 */
@Component
class BatchRecovery {

	private static final Logger log = LoggerFactory.getLogger(BatchRecovery.class);

	private final BatchRunStore runs;
	private final RunJobs jobs;
	private final RunWriters writers;
	private final Clock clock;
	private final Duration abandonedAfter;

	BatchRecovery(BatchRunStore runs, RunJobs jobs, RunWriters writers, Clock clock, BatchSettings settings) {
		this.runs = runs;
		this.jobs = jobs;
		this.writers = writers;
		this.clock = clock;
		this.abandonedAfter = settings.abandonedAfter();
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeOnStart() {
		resumeInterrupted();
	}

	@Scheduled(initialDelayString = "${katib.automation.batch.recovery-interval:30s}",
			fixedDelayString = "${katib.automation.batch.recovery-interval:30s}")
	void resumeNow() {
		resumeInterrupted();
	}

	/** Restarts every abandoned run; how many. */
	synchronized int resumeInterrupted() {
		int resumed = 0;
		Instant before = clock.instant().minus(abandonedAfter);
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
