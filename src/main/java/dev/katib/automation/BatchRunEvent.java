package dev.katib.automation;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch run changed its status: it started (the first time, or again on resume or on a retry of its failed rows),
 * completed, failed or was cancelled. Published in the transaction that changed the run.
 */
public sealed interface BatchRunEvent {

	/** The run's organisation. */
	UUID tenantId();

	UUID runId();

	/** What the organisation calls the run. */
	String name();

	/** When the status changed. */
	Instant at();

	/**
	 * @param previousStatus what the run was before: {@code READY}, {@code PAUSED}, {@code FAILED} or
	 *        {@code COMPLETED}
	 * @param round which job instance drafts it: one more for each retry of its failed rows
	 */
	record Started(UUID tenantId, UUID runId, String name, String previousStatus, int round, Instant at)
			implements BatchRunEvent {
	}

	record Completed(UUID tenantId, UUID runId, String name, Instant at) implements BatchRunEvent {
	}

	/** @param problem why it failed */
	record Failed(UUID tenantId, UUID runId, String name, String problem, Instant at) implements BatchRunEvent {
	}

	record Cancelled(UUID tenantId, UUID runId, String name, Instant at) implements BatchRunEvent {
	}
}
