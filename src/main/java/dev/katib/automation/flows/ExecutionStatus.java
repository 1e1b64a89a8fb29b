package dev.katib.automation.flows;

/** Where an execution is. */
enum ExecutionStatus {
	/** Stored, about to run. */
	QUEUED,
	/** A process runs its steps now. */
	RUNNING,
	/** Waiting for a letter to move on (approved, signed, drafted, archived); no thread is held. */
	WAITING,
	/** Every step done. */
	SUCCEEDED,
	/** A step failed; it can be retried from that step. */
	FAILED,
	/** The automation's conditions did not hold for the trigger's data. */
	SKIPPED;

	boolean finished() {
		return this == SUCCEEDED || this == FAILED || this == SKIPPED;
	}
}
