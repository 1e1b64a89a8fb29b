package dev.katib.letters.history;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;

/** A version of a letter, as stored: the structured content as JSON. */
@Table("letters_letter_version")
record VersionRow(@Id UUID id, UUID tenantId, UUID letterId, int number, String content, UUID authorId,
		String source, @Nullable String model, @Nullable Integer inputTokens, @Nullable Integer outputTokens,
		Instant createdAt) {

	LetterVersion version() {
		StructuredLetter letter = switch (LetterJson.read(content)) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter stored) -> stored;
			case Verdict.Rejected<StructuredLetter> rejected -> throw new IllegalStateException(
					"version " + number + " of letter " + letterId + " cannot be read: " + rejected.violations());
		};
		ModelUsage usage = model == null ? null
				: new ModelUsage(model, inputTokens == null ? 0 : inputTokens, outputTokens == null ? 0 : outputTokens);
		return new LetterVersion(number, letter, authorId, VersionSource.valueOf(source), usage, createdAt);
	}
}
