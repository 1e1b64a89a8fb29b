package dev.katib.automation.batch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a batch run stands. A run is started once; a paused or failed run resumes from its last committed chunk,
 * a finished one runs again only to retry its failed rows, and a cancelled one never runs again.
 */
enum RunStatus {

	READY, RUNNING, PAUSED, COMPLETED, CANCELLED, FAILED;

	boolean canMoveTo(RunStatus next) {
		return next(this).contains(next);
	}

	/** Whether the run's job is, or may be, drafting rows now. */
	boolean isActive() {
		return this == RUNNING;
	}

	private static Set<RunStatus> next(RunStatus from) {
		return switch (from) {
			case READY -> EnumSet.of(RUNNING, CANCELLED);
			case RUNNING -> EnumSet.of(PAUSED, COMPLETED, FAILED, CANCELLED);
			// a pause asked for as the last chunk committed finds the run completed
			case PAUSED -> EnumSet.of(RUNNING, COMPLETED, CANCELLED);
			case FAILED, COMPLETED -> EnumSet.of(RUNNING, CANCELLED);
			case CANCELLED -> EnumSet.noneOf(RunStatus.class);
		};
	}
}
