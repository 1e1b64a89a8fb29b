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
 * @param writeBack where writing its letter back into the record stands: {@code PENDING}, {@code SENDING},
 *        {@code WRITTEN} or {@code FAILED}; absent when the run writes nothing back
 * @param writeBackProblem why writing it back failed last, as a problem detail; it is tried again
 */
record RowView(int position, String recordId, RowStatus status, @Nullable UUID letterId,
		@Schema(ref = "#/components/schemas/ProblemDetail") @Nullable Map<String, Object> problem, int attempts,
		@Schema(allowableValues = { "PENDING", "SENDING", "WRITTEN", "FAILED" }) @Nullable String writeBack,
		@Schema(ref = "#/components/schemas/ProblemDetail") @Nullable Map<String, Object> writeBackProblem) {

	static RowView of(BatchRow row) {
		return new RowView(row.position(), row.recordId(), row.status(), row.letterId(), row.problem(), row.attempts(),
				row.writeBack(), row.writeBackProblem());
	}
}
