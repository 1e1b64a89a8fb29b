package dev.katib.automation.batch;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where one row of a batch run stands. A row moves forward only; a failed row may be tried again.
 */
enum RowStatus {

	WAITING, DRAFTING, DRAFTED, SUBMITTED, FAILED, SKIPPED;

	boolean canMoveTo(RowStatus next) {
		return next(this).contains(next);
	}

	boolean isFinished() {
		return this == DRAFTED || this == SUBMITTED || this == FAILED || this == SKIPPED;
	}

	/** The statuses a row may move to this one from: the rule the row store's updates are guarded by. */
	static List<String> from(RowStatus target) {
		return Arrays.stream(values()).filter(status -> status.canMoveTo(target)).map(Enum::name).toList();
	}

	private static Set<RowStatus> next(RowStatus from) {
		return switch (from) {
			case WAITING -> EnumSet.of(DRAFTING, SKIPPED);
			// A process killed while drafting finds the row DRAFTING again on restart and drafts it anew.
			case DRAFTING -> EnumSet.of(DRAFTING, DRAFTED, FAILED, SKIPPED);
			case DRAFTED -> EnumSet.of(SUBMITTED);
			case FAILED -> EnumSet.of(WAITING);
			case SUBMITTED, SKIPPED -> EnumSet.noneOf(RowStatus.class);
		};
	}
}
