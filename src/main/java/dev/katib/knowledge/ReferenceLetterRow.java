package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;


/** A reference letter of one organisation's category. */
@Table("knowledge_reference_letter")
record ReferenceLetterRow(@Id UUID id, UUID tenantId, String categoryKey, String text, Instant createdAt) {

	ReferenceLetter letter() {
		return new ReferenceLetter(categoryKey, text);
	}
}
