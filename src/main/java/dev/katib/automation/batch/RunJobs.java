package dev.katib.automation.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Starts, resumes and stops the job of a run. Starting a round that ran before restarts its job instance from the
 * last committed chunk; an execution that a killed process left running is first marked failed, so it can be.
 */
@Component
class RunJobs {

	private static final Logger log = LoggerFactory.getLogger(RunJobs.class);

	private final JobOperator operator;
	private final JobRepository repository;
	private final BatchRunJobs jobs;
	private final RunEnds ends;

	RunJobs(JobOperator batchJobOperator, JobRepository repository, BatchRunJobs jobs, RunEnds ends) {
		this.operator = batchJobOperator;
		this.repository = repository;
		this.jobs = jobs;
		this.ends = ends;
	}

	/** Launches (or restarts) the run's current round as its writer; the id of the execution. */
	long launch(BatchRun run, Caller writer) {
		if (!ends.launching(run.id())) {
			throw new KatibException(ProblemType.CONFLICT, "The run's job is still stopping; try again in a moment.");
		}
		try {
			JobExecution last = repository.getLastJobExecution(BatchRunJobs.JOB, BatchRunJobs.parameters(run));
			if (last != null && last.getStatus().isRunning()) {
				recover(last);
			}
			ends.heartbeat();
			JobExecution execution = operator.start(jobs.job(run, writer), BatchRunJobs.parameters(run));
			log.info("Batch run {} of tenant {} launched as job execution {}", run.id(), run.tenantId(), execution.getId());
			return execution.getId();
		}
		catch (KatibException refused) {
			ends.notLaunched(run.id());
			throw refused;
		}
		catch (Exception refused) {
			ends.notLaunched(run.id());
			throw new KatibException(ProblemType.CONFLICT, "The run's job could not be started: " + refused.getMessage());
		}
	}

	/** Whether the run's job runs in this process now. */
	boolean live(java.util.UUID runId) {
		return ends.live(runId);
	}

	/**
	 * Waits a little for a stopping job to end, as a run paused a moment ago finishes its current chunk.
	 *
	 * @return whether it has ended
	 */
	boolean awaitStopped(java.util.UUID runId, java.time.Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (ends.live(runId) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !ends.live(runId);
	}

	/** Asks the run's job to stop after its current chunk; it may be restarted from there. */
	void stop(BatchRun run) {
		if (run.jobExecutionId() == null) {
			return;
		}
		JobExecution execution = repository.getJobExecution(run.jobExecutionId());
		if (execution == null || !execution.getStatus().isRunning()) {
			return;
		}
		try {
			operator.stop(execution);
		}
		catch (JobExecutionNotRunningException finished) {
			// it ended meanwhile: nothing left to stop
		}
	}

	private void recover(JobExecution stale) {
		log.warn("Job execution {} was left {} by a process that stopped; marking it failed to restart it",
				stale.getId(), stale.getStatus());
		JobExecution recovered = operator.recover(stale);
		if (recovered.getStatus() == BatchStatus.STARTED) {
			throw new KatibException(ProblemType.CONFLICT, "The run's job is still running.");
		}
	}
}
