package dev.katib.letters.history;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import dev.katib.letters.content.Language;

/** A letter of one organisation, as stored; its content is in its versions. */
@Table("letters_letter")
record LetterRow(@Id UUID id, UUID tenantId, UUID writerId, String categoryKey, String language, String status,
		@Nullable UUID recipientId, @Nullable UUID replyToId, @Nullable UUID followsUpId, long version,
		Instant createdAt) {

	StoredLetter letter() {
		return new StoredLetter(id, tenantId, writerId, categoryKey, Language.fromCode(language).orElseThrow(), status,
				recipientId, replyToId, followsUpId, createdAt);
	}
}
