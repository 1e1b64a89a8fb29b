package dev.katib.automation.batch;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.MappedRecord;

/**
 * One record of a run as it was when the run started, and where its letter stands.
 *
 * @param runId the run
 * @param position its place in the run, from 1
 * @param record its mapped fields and merge values
 * @param status where it stands
 * @param letterId its letter, once opened
 * @param problem why it failed, as a problem detail
 * @param attempts how often drafting it was started
 * @param retries how often it was put back after failing: each time its letter is a new one
 * @param writeBack where its write-back stands ({@code PENDING}, {@code SENDING}, {@code WRITTEN}, {@code FAILED}),
 *        or none when its run writes nothing back
 * @param writeBackProblem why its last write-back failed, as a problem detail
 */
record BatchRow(UUID runId, int position, MappedRecord record, RowStatus status, @Nullable UUID letterId,
		@Nullable Map<String, Object> problem, int attempts, int retries, @Nullable String writeBack,
		@Nullable Map<String, Object> writeBackProblem) {

	String recordId() {
		return record.recordId();
	}
}
