package dev.katib.automation.batch;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.connectors.DataSources;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Starting, pausing, resuming, cancelling and retrying runs. Each first moves the run under its row's lock (so two
 * clicks never both start it), then starts or stops its job.
 */
@Service
class RunControl {

	/** How long resuming waits for a run paused a moment ago to finish its chunk. */
	private static final java.time.Duration STOPPING = java.time.Duration.ofSeconds(10);

	private final BatchRunStore runs;
	private final BatchRowStore rows;
	private final RunJobs jobs;
	private final RunWriters writers;
	private final DataSources sources;
	private final BatchRuns batchRuns;
	private final Clock clock;
	private final WriteBackStore writeBacks;

	RunControl(BatchRunStore runs, BatchRowStore rows, RunJobs jobs, RunWriters writers,
			DataSources sources, BatchRuns batchRuns, Clock clock, WriteBackStore writeBacks) {
		this.runs = runs;
		this.rows = rows;
		this.jobs = jobs;
		this.writers = writers;
		this.sources = sources;
		this.batchRuns = batchRuns;
		this.clock = clock;
		this.writeBacks = writeBacks;
	}

	/**
	 * Starts a ready run, after checking its merge fields against the table once more.
	 *
	 * @throws KatibException {@code batch-run-transition-not-allowed} unless the run is ready
	 */
	RunView start(Caller caller, UUID runId) {
		BatchRun run = batchRuns.controllable(caller, runId);
		if (run.status() == RunStatus.READY) {
			batchRuns.checkMergeFields(caller, sources.table(caller, run.table()), run.table(), run.template());
		}
		return launch(caller, runId, RunStatus.READY, false);
	}

	/** Stops a running run after its current chunk; it resumes from there. */
	RunView pause(Caller caller, UUID runId) {
		batchRuns.controllable(caller, runId);
		BatchRun paused = runs.change(caller.tenantId(), runId, run -> run.moveTo(RunStatus.PAUSED, clock.instant(), null));
		jobs.stop(paused);
		return batchRuns.get(caller, runId);
	}

	/** Resumes a paused or failed run from its last committed chunk. */
	RunView resume(Caller caller, UUID runId) {
		BatchRun run = batchRuns.controllable(caller, runId);
		if (run.status() != RunStatus.PAUSED && run.status() != RunStatus.FAILED) {
			throw notAllowed(run, "resume");
		}
		return launch(caller, runId, run.status(), false);
	}

	/** Cancels a run: its job stops, and the rows not drafted yet are skipped. */
	RunView cancel(Caller caller, UUID runId) {
		batchRuns.controllable(caller, runId);
		BatchRun cancelled = runs.change(caller.tenantId(), runId,
				run -> run.moveTo(RunStatus.CANCELLED, clock.instant(), null));
		jobs.stop(cancelled);
		rows.skipUndrafted(runId, !jobs.live(runId), clock.instant());
		return batchRuns.get(caller, runId);
	}

	/**
	 * Puts a stopped or finished run's failed rows (and failed write-backs) back, and drafts and writes them back in
	 * a new round of its job.
	 */
	RunView retry(Caller caller, UUID runId) {
		BatchRun run = batchRuns.controllable(caller, runId);
		if (run.status() == RunStatus.RUNNING || run.status() == RunStatus.READY
				|| run.status() == RunStatus.CANCELLED) {
			throw notAllowed(run, "retry");
		}
		if (rows.counts(runId).getOrDefault(RowStatus.FAILED, 0L) == 0 && writeBacks.failed(runId) == 0) {
			throw new KatibException(ProblemType.CONFLICT, "The run has no failed rows to retry.");
		}
		return launch(caller, runId, run.status(), true);
	}

	private RunView launch(Caller caller, UUID runId, RunStatus expected, boolean nextRound) {
		if (!jobs.awaitStopped(runId, STOPPING)) {
			throw new KatibException(ProblemType.CONFLICT,
					"The run is still finishing its current chunk; try again in a moment.");
		}
		BatchRun running = runs.change(caller.tenantId(), runId, run -> {
			if (run.status() != expected) {
				throw notAllowed(run, "start");
			}
			if (nextRound) {
				rows.retryFailed(runId, clock.instant());
				writeBacks.retryFailed(runId);
			}
			return (nextRound ? run.nextRound() : run).moveTo(RunStatus.RUNNING, clock.instant(), null);
		});
		long execution;
		try {
			execution = jobs.launch(running, writers.writerOf(running));
		}
		catch (KatibException refused) {
			runs.change(caller.tenantId(), runId, run -> run.status() == RunStatus.RUNNING
					? run.moveTo(RunStatus.FAILED, clock.instant(), refused.getMessage()) : run);
			throw refused;
		}
		runs.change(caller.tenantId(), runId, run -> run.withExecution(execution));
		return batchRuns.get(caller, runId);
	}

	private static KatibException notAllowed(BatchRun run, String action) {
		return new KatibException(BatchRun.NOT_ALLOWED, "A run that is "
				+ run.status().name().toLowerCase(java.util.Locale.ROOT) + " cannot " + action + ".",
				java.util.Map.of("status", run.status().name()));
	}
}
