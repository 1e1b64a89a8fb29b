package dev.katib.automation.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.katib.accounts.Caller;
import dev.katib.letters.DraftingState;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterView;
import dev.katib.platform.KatibException;
import dev.katib.review.LetterSubmissions;
import dev.katib.usage.QuotaExceededException;

/**
 * Drafts one row: marks it drafting, opens its letter through the letters module (validation, quota, drafting on
 * the event publication registry), waits for the draft, and submits the letter when the run says so. A problem
 * that says what is wrong with the row fails the row and the run goes on; a passing one (the model or a source
 * unavailable) is thrown, for the step to try the row again.
 */
final class RowProcessor implements ItemProcessor<BatchRow, RowOutcome> {

	private final BatchRun run;
	private final Caller writer;
	private final RowDrafting drafting;
	private final DraftEnds ends;
	private final LetterSubmissions submissions;
	private final BatchRowStore rows;
	private final Duration draftTimeout;
	private final Clock clock;

	RowProcessor(BatchRun run, Caller writer, RowDrafting drafting, DraftEnds ends, LetterSubmissions submissions,
			BatchRowStore rows, Duration draftTimeout, Clock clock) {
		this.run = run;
		this.writer = writer;
		this.drafting = drafting;
		this.ends = ends;
		this.submissions = submissions;
		this.rows = rows;
		this.draftTimeout = draftTimeout;
		this.clock = clock;
	}

	@Override
	public @Nullable RowOutcome process(BatchRow row) {
		if (!rows.drafting(row.runId(), row.position(), clock.instant())) {
			// cancelled meanwhile: nothing to draft, nothing to write
			return null;
		}
		LetterView letter;
		try {
			letter = drafting.draft(writer, run.id(), row.record(), run.category(), run.language(), run.template(),
					row.retries());
		}
		catch (KatibException problem) {
			if (passing(problem)) {
				throw problem;
			}
			return RowOutcome.failed(row, null, problem(problem));
		}
		letter = ends.awaitEnd(writer, letter, draftTimeout);
		if (letter.drafting() == DraftingState.FAILED) {
			return RowOutcome.failed(row, letter.id(), letter.problem() == null ? Map.of() : letter.problem());
		}
		if (letter.drafting() == DraftingState.WRITING) {
			return RowOutcome.failed(row, letter.id(), Map.of("title", "Drafting took too long", "detail",
					"The letter was not drafted within " + draftTimeout.toMinutes() + " minutes; retry the row later."));
		}
		if (!run.submitForReview()) {
			return new RowOutcome(run.id(), row.position(), RowStatus.DRAFTED, letter.id(), null);
		}
		return submitted(row, letter);
	}

	private RowOutcome submitted(BatchRow row, LetterView letter) {
		if (letter.status() != LetterStatus.DRAFT) {
			// submitted before a crash let the row be drafted again
			return new RowOutcome(run.id(), row.position(), RowStatus.SUBMITTED, letter.id(), null);
		}
		try {
			submissions.submit(writer, letter.id());
			return new RowOutcome(run.id(), row.position(), RowStatus.SUBMITTED, letter.id(), null);
		}
		catch (KatibException problem) {
			if (passing(problem)) {
				throw problem;
			}
			return RowOutcome.failed(row, letter.id(), problem(problem));
		}
	}

	/**
	 * Whether the problem may be gone when the row is tried again in a moment: a service unavailable or busy. An
	 * exhausted quota is not: it fails the row, to be retried once the quota has room.
	 */
	static boolean passing(KatibException problem) {
		int status = problem.type().status().value();
		return !(problem instanceof QuotaExceededException) && (status == 429 || status >= 500);
	}

	static Map<String, Object> problem(KatibException problem) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("type", problem.type().uri().toString());
		detail.put("title", problem.type().title());
		detail.put("status", problem.type().status().value());
		detail.put("detail", problem.getMessage() == null ? problem.type().title() : problem.getMessage());
		problem.properties().forEach(detail::putIfAbsent);
		return detail;
	}
}
