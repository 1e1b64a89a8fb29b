package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A letter's row as the application layer reads it: the letter, its recipient and how its drafting went. */
record LetterRecord(UUID id, UUID tenantId, UUID writerId, String categoryKey, String language, String status,
		RecipientView recipient, @Nullable UUID replyTo, @Nullable UUID followsUp, Instant createdAt,
		DraftingState drafting, @Nullable String problem) {
}
