package dev.katib.automation.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.TableRef;
import dev.katib.knowledge.Language;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A batch run of one organisation: which records of which table, the letters they become, and where the run
 * stands. Only {@link BatchRunStore} writes it, and only through {@link #moveTo}, which guards the status.
 *
 * @param id the run
 * @param tenantId its organisation
 * @param writerId the member who created it; its letters are theirs
 * @param name what the organisation calls it
 * @param table the table its records come from
 * @param view a view of the table whose filter and order apply, if any
 * @param conditions the conditions a record meets to be part of the run
 * @param category the letters' category
 * @param language the letters' language
 * @param template the request of every letter, with merge fields
 * @param submitForReview whether every drafted letter is submitted for review
 * @param status where it stands
 * @param round which job instance drafts it: the first, or one more for each retry of its failed rows
 * @param jobExecutionId the last execution of its job, once started
 * @param problem why it failed, when it did
 * @param createdAt when it was created
 * @param startedAt when it was first started
 * @param finishedAt when it last finished
 */
record BatchRun(UUID id, UUID tenantId, UUID writerId, String name, TableRef table, @Nullable String view,
		List<Condition> conditions, String category, Language language, RequestTemplate template,
		boolean submitForReview, RunStatus status, int round, @Nullable Long jobExecutionId, @Nullable String problem,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	/** The problem type of a pause, resume, cancel or retry that the run's status does not allow. */
	static final ProblemType NOT_ALLOWED = new ProblemType("batch-run-transition-not-allowed",
			org.springframework.http.HttpStatus.CONFLICT, "Not possible while the run is in this status");

	BatchRun {
		conditions = List.copyOf(conditions);
	}

	/**
	 * The run in its next status.
	 *
	 * @throws KatibException {@code batch-run-transition-not-allowed} when the status does not allow it
	 */
	BatchRun moveTo(RunStatus next, Instant now, @Nullable String why) {
		if (!status.canMoveTo(next)) {
			throw new KatibException(NOT_ALLOWED, "A run that is " + status.name().toLowerCase(java.util.Locale.ROOT)
					+ " cannot become " + next.name().toLowerCase(java.util.Locale.ROOT) + ".",
					Map.of("status", status.name(), "wanted", next.name()));
		}
		Instant started = startedAt == null && next == RunStatus.RUNNING ? now : startedAt;
		Instant finished = next == RunStatus.RUNNING ? null
				: next == RunStatus.PAUSED || next == RunStatus.READY ? finishedAt : now;
		return new BatchRun(id, tenantId, writerId, name, table, view, conditions, category, language, template,
				submitForReview, next, round, jobExecutionId, next == RunStatus.FAILED ? why : null, createdAt, started, finished);
	}

	BatchRun withExecution(long executionId) {
		return new BatchRun(id, tenantId, writerId, name, table, view, conditions, category, language, template,
				submitForReview, status, round, executionId, problem, createdAt, startedAt, finishedAt);
	}

	/** The run drafted by a new job instance, which reads its rows from the first again. */
	BatchRun nextRound() {
		return new BatchRun(id, tenantId, writerId, name, table, view, conditions, category, language, template,
				submitForReview, status, round + 1, jobExecutionId, problem, createdAt, startedAt, finishedAt);
	}
}
