package dev.katib.automation.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A run as the API and its page show it, with its progress.
 *
 * @param id the run
 * @param name its name
 * @param writerId the member whose letters it drafts
 * @param sourceId its data source
 * @param baseId its base
 * @param tableId its table
 * @param view the view of the table it drafts, if any
 * @param conditions the conditions its records meet
 * @param category the letters' category
 * @param language the letters' language
 * @param template the request of every letter
 * @param submitForReview whether drafted letters are submitted for review
 * @param status {@code READY}, {@code RUNNING}, {@code PAUSED}, {@code COMPLETED}, {@code CANCELLED} or {@code FAILED}
 * @param problem why it failed
 * @param createdAt when it was created
 * @param startedAt when it was first started
 * @param finishedAt when it last finished
 * @param rows its rows per status
 * @param total how many rows it has (none before it starts)
 * @param finished how many of them are done, drafted, submitted, failed or skipped
 * @param rowsPerMinute rows finished per minute since it started
 * @param secondsLeft the time the remaining rows take at that rate
 * @param writeBacksFailed how many of its rows' last write-back failed (retry writes them back again)
 */
record RunView(UUID id, String name, UUID writerId, UUID sourceId, String baseId, String tableId,
		@Nullable String view, List<Condition> conditions, String category, String language, String template,
		boolean submitForReview, RunStatus status, @Nullable String problem, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, Map<RowStatus, Long> rows, long total,
		long finished, @Nullable Double rowsPerMinute, @Nullable Long secondsLeft,
		long writeBacksFailed) {

	static RunView of(BatchRun run, Map<RowStatus, Long> counts, long writeBacksFailed, Instant now) {
		BatchProgress progress = new BatchProgress(counts, run.startedAt() == null ? now : run.startedAt(),
				run.finishedAt() == null ? now : run.finishedAt());
		boolean moving = run.status() == RunStatus.RUNNING;
		return new RunView(run.id(), run.name(), run.writerId(), run.table().sourceId(), run.table().baseId(),
				run.table().tableId(), run.view(), run.conditions(), run.category(), run.language().code(),
				run.template().text(), run.submitForReview(), run.status(), run.problem(), run.createdAt(),
				run.startedAt(), run.finishedAt(), progress.counts(), progress.total(), progress.finished(),
				progress.rowsPerMinute().orElse(null),
				moving ? progress.timeLeft().map(java.time.Duration::toSeconds).orElse(null) : null,
				writeBacksFailed);
	}
}
