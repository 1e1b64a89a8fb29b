package dev.katib.letters.history;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.Language;

/**
 * A letter of one organisation, without its content, which is in its versions.
 *
 * @param id the letter's id
 * @param tenantId its organisation
 * @param writerId who asked for it
 * @param categoryKey its category
 * @param language its language
 * @param status where it is in its life: {@code DRAFT} until it is submitted
 * @param recipientId its recipient in the directory, when taken from there
 * @param replyToId the letter it replies to
 * @param followsUpId the letter it follows up
 * @param createdAt when it was opened
 */
public record StoredLetter(UUID id, UUID tenantId, UUID writerId, String categoryKey, Language language,
		String status, @Nullable UUID recipientId, @Nullable UUID replyToId, @Nullable UUID followsUpId,
		Instant createdAt) {
}
