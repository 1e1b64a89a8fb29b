package dev.katib.automation.batch;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;

/**
 * Moves a run on when its job ends: a completed job completes the run, a failed one fails it with the reason, and
 * a stopped one leaves it as the pause or cancel that stopped it left it. It knows which runs' jobs run in this
 * process, so that a job left running by a process that stopped is told from one running here.
 */
@Component
class RunEnds implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunEnds.class);

	private final BatchRunStore runs;
	private final BatchRowStore rows;
	private final Clock clock;
	private final Set<UUID> live = ConcurrentHashMap.newKeySet();

	RunEnds(BatchRunStore runs, BatchRowStore rows, Clock clock) {
		this.runs = runs;
		this.rows = rows;
		this.clock = clock;
	}

	/** The run's job is launched in this process; until it ends, it is not launched again. */
	boolean launching(UUID runId) {
		return live.add(runId);
	}

	/** The launch did not happen after all. */
	void notLaunched(UUID runId) {
		live.remove(runId);
	}

	/** Whether the run's job runs in this process now. */
	boolean live(UUID runId) {
		return live.contains(runId);
	}

	/** Says every few seconds which runs' jobs this process runs, so no other process resumes them. */
	@Scheduled(fixedDelayString = "${katib.automation.batch.heartbeat:20s}")
	void heartbeat() {
		runs.heartbeat(Set.copyOf(live), clock.instant());
	}

	/**
	 * Why the run failed, as its writer may read it: a problem Katib describes (the source unavailable, the writer
	 * no longer allowed to write) as it says it; anything else plainly, its details left to the log.
	 */
	private static String why(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof KatibException problem && problem.getMessage() != null) {
				String text = problem.getMessage();
				return text.length() > 2000 ? text.substring(0, 2000) : text;
			}
		}
		log.warn("A batch run's job failed", failure);
		return "The run stopped on an unexpected error; resume it to go on from its last committed chunk.";
	}

	@Override
	public void afterJob(JobExecution execution) {
		UUID runId = UUID.fromString(execution.getJobParameters().getString("run"));
		live.remove(runId);
		BatchStatus status = execution.getStatus();
		RunStatus next = status == BatchStatus.COMPLETED ? RunStatus.COMPLETED
				: status == BatchStatus.FAILED ? RunStatus.FAILED : null;
		if (next == null) {
			if (runs.changeWhere(runId, current -> current).status() == RunStatus.CANCELLED) {
				rows.skipUndrafted(runId, true, clock.instant());
			}
			log.info("Batch run {} stopped its job execution {}", runId, execution.getId());
			return;
		}
		String why = execution.getAllFailureExceptions().stream().findFirst().map(RunEnds::why).orElse(null);
		runs.changeWhere(runId, current -> current.status().canMoveTo(next)
				&& (current.status() == RunStatus.RUNNING || next == RunStatus.COMPLETED)
				? current.moveTo(next, clock.instant(), why) : current);
		log.info("Batch run {} ended its job execution {} as {}", runId, execution.getId(), status);
	}
}
