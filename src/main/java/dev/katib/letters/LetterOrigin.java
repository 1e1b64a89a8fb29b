package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Language;

/**
 * What a letter was opened with, which never changes afterwards.
 *
 * @param id the letter's id
 * @param tenantId its organisation
 * @param writerId the member who opened it
 * @param categoryKey its category
 * @param language the language it is written in
 * @param recipient the recipient as it was when the letter was opened
 * @param recipientKey the recipient's name and organisation as the key that tells whether the organisation
 *        wrote to them before
 * @param replyTo the letter it answers, if any
 * @param followsUp our earlier letter it follows up, if any
 * @param createdAt when it was opened
 */
public record LetterOrigin(UUID id, UUID tenantId, UUID writerId, String categoryKey, Language language,
		RecipientView recipient, String recipientKey, @Nullable UUID replyTo, @Nullable UUID followsUp,
		Instant createdAt) {
}
