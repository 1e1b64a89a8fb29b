package dev.katib.automation.batch;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What became of one row: drafted (and perhaps submitted), or failed with its problem.
 *
 * @param runId the run
 * @param position the row
 * @param status {@link RowStatus#DRAFTED}, {@link RowStatus#SUBMITTED} or {@link RowStatus#FAILED}
 * @param letterId its letter, when one was opened
 * @param problem why it failed, as a problem detail
 */
record RowOutcome(UUID runId, int position, RowStatus status, @Nullable UUID letterId,
		@Nullable Map<String, Object> problem) {

	static RowOutcome failed(BatchRow row, @Nullable UUID letterId, Map<String, Object> problem) {
		return new RowOutcome(row.runId(), row.position(), RowStatus.FAILED, letterId, problem);
	}
}
