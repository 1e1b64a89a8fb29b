package dev.katib.automation.batch;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How batch runs draft.
 *
 * @param concurrency the most model calls the rows of every run of this process make at once
 *        ({@code KATIB_AI_CONCURRENCY}); twice as many rows draft at once (see {@link #rowsInFlight()})
 * @param chunkSize rows per committed chunk; a restart resumes after the last committed one
 * @param retries how often a row is tried again after a passing failure (the model or the source unavailable)
 * @param draftTimeout how long a row waits for its letter's draft before it counts as failed
 * @param heartbeat how often a process says which runs' jobs it runs
 * @param abandonedAfter how long a running run goes without its process's word before another process (or this
 *        one, started again) resumes it; several heartbeats long
 * @param recoveryInterval how often a process looks for abandoned runs, besides when it starts
 */
@ConfigurationProperties("katib.automation.batch")
@Validated
record BatchSettings(
		@Min(value = 1, message = "KATIB_AI_CONCURRENCY must be at least 1")
		@Max(value = 64, message = "KATIB_AI_CONCURRENCY must be at most 64") int concurrency,
		@Min(1) @Max(100) int chunkSize, @Min(0) @Max(10) int retries, @NotNull Duration draftTimeout,
		@DefaultValue("20s") Duration heartbeat, @DefaultValue("90s") Duration abandonedAfter,
		@DefaultValue("30s") Duration recoveryInterval) {

	/**
	 * The rows of one chunk: the chunk size rounded up to a whole number of {@link #concurrency()}, since a chunk
	 * commits when its last row is drafted. Ten rows at eight at once would draft eight, then two while six places
	 * stay idle; sixteen draft in two full rounds.
	 */
	int rowsPerChunk() {
		return (chunkSize + concurrency - 1) / concurrency * concurrency;
	}

	/**
	 * The most rows drafting at once over every run of the process: twice the model calls, so that each row's own
	 * work (opening its letter, checking and storing the answer) runs while other rows wait on the model, and the
	 * model's {@link #concurrency()} calls follow one another without a gap.
	 */
	int rowsInFlight() {
		return 2 * concurrency;
	}

	BatchSettings {
		if (abandonedAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("katib.automation.batch.abandoned-after must be at least two heartbeats ("
					+ heartbeat.multipliedBy(2) + "), or runs that still run would be taken from their process");
		}
	}
}
