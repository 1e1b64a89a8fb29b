package dev.katib.letters.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the letter page shows of a letter.
 *
 * @param writing whether the first version is still being written, so the page follows the draft stream
 * @param failedDraft whether drafting the first version failed
 * @param editable whether the reader may edit it by hand now
 * @param model the model that wrote the current version, when one did
 */
record ShownLetter(UUID id, String status, @Nullable String subject, String category, String recipient,
		String writer, @Nullable UUID replyTo, @Nullable UUID followsUp, boolean writing, boolean failedDraft,
		boolean editable, @Nullable String model, LetterSheet sheet, List<ShownVersion> versions) {

	ShownLetter {
		versions = List.copyOf(versions);
	}

	/** A row of the version list. */
	record ShownVersion(int number, String source, String author, Instant createdAt, String time, boolean current,
			@Nullable Integer restoredFrom) {
	}
}
