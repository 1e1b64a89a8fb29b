package dev.katib.automation.batch;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.MappedRecord;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftingTurn;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.usage.QuotaExemption;

/**
 * Drafts one row of a batch run through the same path as the new-letter form: the run's writer opens the letter,
 * the organisation's quota is reserved, and drafting follows on the event publication registry. The
 * row's model call waits for its turn among the process's {@code KATIB_AI_CONCURRENCY}. The row's
 * Idempotency-Key makes a second call for the same (run, record) return the first letter instead of drafting
 * another, which is what lets a killed run be restarted without drafting any row twice.
 */
@Component
class RowDrafting {

	private final Letters letters;

	RowDrafting(Letters letters) {
		this.letters = letters;
	}

	LetterView draft(Caller writer, UUID runId, MappedRecord row, String category, Language language,
			RequestTemplate template) {
		return draft(writer, runId, row, category, language, template, 0);
	}

	/** Drafts a row put back {@code retries} times after failing: each retry has a letter of its own. */
	LetterView draft(Caller writer, UUID runId, MappedRecord row, String category, Language language,
			RequestTemplate template, int retries) {
		return letters.draft(writer, RowLetters.letter(row, category, language, template),
				RowLetters.idempotencyKey(runId, row.recordId(), retries), null, DraftingTurn.IN_TURN);
	}

	/**
	 * Drafts a preview of a row: a letter of its own, once per (run, record), apart from the run's rows. Its model
	 * calls are exempt from the quotas, as a batch preview's (recorded in the usage ledger, audited, never charged).
	 */
	LetterView preview(Caller writer, UUID runId, MappedRecord row, String category, Language language,
			RequestTemplate template) {
		return letters.draft(writer, RowLetters.letter(row, category, language, template),
				RowLetters.previewKey(runId, row.recordId()), QuotaExemption.batchPreview(runId));
	}
}
