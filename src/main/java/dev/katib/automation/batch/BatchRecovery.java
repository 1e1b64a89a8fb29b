package dev.katib.automation.batch;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;

/**
 * Resumes, when Katib starts, the runs that were running when it stopped: each restarts its job from the last
 * committed chunk, and the rows caught drafting are drafted again, finding the letters they had opened. This
 * is the all-in-one shape's recovery: with several processes, the runs' jobs belong to the one that starts them.
 */
@Component
class BatchRecovery {

	private static final Logger log = LoggerFactory.getLogger(BatchRecovery.class);

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

	/** Restarts every running run whose job does not run in this process; how many. */
	int resumeInterrupted() {
		int resumed = 0;
		for (BatchRun run : runs.running()) {
			if (jobs.live(run.id())) {
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
