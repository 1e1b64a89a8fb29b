package dev.katib.letters.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.katib.letters.prompt.ReferenceLetter;

/** A reference letter of one organisation's category. */
@Table("letters_reference_letter")
record ReferenceLetterRow(@Id UUID id, UUID tenantId, String categoryKey, String text, Instant createdAt) {

	ReferenceLetter letter() {
		return new ReferenceLetter(categoryKey, text);
	}
}
