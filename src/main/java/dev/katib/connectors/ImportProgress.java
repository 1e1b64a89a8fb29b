package dev.katib.connectors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an import stands.
 *
 * @param id the import
 * @param table where the rows go
 * @param status waiting, running, done or failed
 * @param total rows to import
 * @param processed rows written so far, or refused
 * @param created records created
 * @param updated records updated (matched by the upsert key)
 * @param failures rows the source refused, with its reason
 * @param problem why the whole import stopped, when it failed
 * @param problemType the stable kind of that problem (a problem type's slug, or {@code table-removed})
 * @param startedAt when it was asked for
 * @param finishedAt when it ended
 */
public record ImportProgress(UUID id, TableRef table, Status status, int total, int processed, int created,
		int updated, List<RowFailure> failures, @Nullable String problem, @Nullable String problemType, Instant startedAt,
		@Nullable Instant finishedAt) {

	/** The stages of an import. */
	public enum Status {
		QUEUED, RUNNING, DONE, FAILED
	}

	/**
	 * A row the source refused.
	 *
	 * @param row its number, counting from 1 after the header
	 * @param reason the source's reason
	 */
	public record RowFailure(int row, String reason) {
	}
}
