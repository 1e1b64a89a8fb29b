package dev.katib.letters.history;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.Language;

/**
 * A letter about to be drafted.
 *
 * @param writerId who asked for it
 * @param categoryKey its category
 * @param language its language
 * @param recipientId its recipient in the directory, when taken from there
 * @param replyToId the letter it replies to
 * @param followsUpId the letter it follows up
 */
public record NewLetter(UUID writerId, String categoryKey, Language language, @Nullable UUID recipientId,
		@Nullable UUID replyToId, @Nullable UUID followsUpId) {
}
