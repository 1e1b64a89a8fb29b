package dev.katib.automation.batch;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Language;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.RecipientInput;
import dev.katib.platform.Hashes;

/**
 * Turns one mapped row of a batch run into the letter the writer would have asked for in the new-letter form,
 * and names the row so that drafting it again, after a retry or a restart, finds the letter it opened before.
 */
final class RowLetters {

	/** The honorific a row gets when its table maps none: {@code saada}, the one most letters to officials use. */
	static final String DEFAULT_HONORIFIC = "saada";

	private static final int MAX_KEY_LENGTH = 200;

	private RowLetters() {
	}

	/** The letter one row asks for: its recipient from the mapped fields, its request from the template. */
	static DraftLetter letter(MappedRecord row, String category, Language language, RequestTemplate template) {
		Map<LetterField, String> fields = row.fields();
		RecipientInput recipient = new RecipientInput(fields.get(LetterField.RECIPIENT_NAME),
				fields.getOrDefault(LetterField.HONORIFIC, DEFAULT_HONORIFIC), fields.get(LetterField.JOB_TITLE),
				gender(fields.get(LetterField.GENDER)), fields.get(LetterField.ORGANISATION));
		String request = template.fill(row.mergeFields(), String::valueOf).strip();
		return new DraftLetter(category, language, recipient, null, request, null, null);
	}

	/**
	 * The Idempotency-Key of one row of one run: the same row of the same run always gets the same key, so the
	 * letters module opens its letter once however often the row is drafted.
	 */
	static String idempotencyKey(UUID runId, String recordId) {
		String key = "batch:" + runId + ":" + recordId;
		return key.length() <= MAX_KEY_LENGTH ? key : "batch:" + runId + ":" + Hashes.sha256Hex(recordId);
	}

	/**
	 * The key of a row put back after it failed {@code retries} times: a failed letter stays failed, so a retried
	 * row opens a new one, once per retry, however often that retry is drafted.
	 */
	static String idempotencyKey(UUID runId, String recordId, int retries) {
		return retries == 0 ? idempotencyKey(runId, recordId)
				: "batch:" + runId + ":" + retries + ":" + Hashes.sha256Hex(recordId);
	}

	/** The key of a row's preview letter, which is not the row's own letter. */
	static String previewKey(UUID runId, String recordId) {
		return "batch-preview:" + runId + ":" + Hashes.sha256Hex(recordId);
	}

	private static @Nullable Gender gender(@Nullable String mapped) {
		return mapped == null ? null : switch (mapped) {
			case "FEMALE" -> Gender.FEMALE;
			case "MALE" -> Gender.MALE;
			default -> null;
		};
	}
}
