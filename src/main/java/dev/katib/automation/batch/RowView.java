package dev.katib.automation.batch;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One row of a run as the API shows it.
 *
 * @param position its place in the run, from 1
 * @param recordId the record in the source
 * @param status {@code WAITING}, {@code DRAFTING}, {@code DRAFTED}, {@code SUBMITTED}, {@code FAILED} or {@code SKIPPED}
 * @param letterId its letter, once opened
 * @param problem why it failed, as a problem detail
 * @param attempts how often drafting it was started
 */
record RowView(int position, String recordId, RowStatus status, @Nullable UUID letterId,
		@Schema(ref = "#/components/schemas/ProblemDetail") @Nullable Map<String, Object> problem, int attempts) {

	static RowView of(BatchRow row) {
		return new RowView(row.position(), row.recordId(), row.status(), row.letterId(), row.problem(), row.attempts());
	}
}
