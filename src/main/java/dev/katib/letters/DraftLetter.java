package dev.katib.letters;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Language;

/**
 * What a writer asks for when they start a letter.
 *
 * @param category the key of one of the organisation's categories, e.g. {@code request}
 * @param language the letter's language
 * @param recipient the recipient typed by the writer; or give {@code recipientId}
 * @param recipientId a recipient of the organisation's directory; or give {@code recipient}
 * @param request what the letter must say, in the writer's words (10 to 2,000 characters)
 * @param replyTo the organisation's letter this one replies to
 * @param followsUp the organisation's earlier letter this one follows up
 */
public record DraftLetter(String category, Language language, @Nullable RecipientInput recipient,
		@Nullable UUID recipientId, String request, @Nullable UUID replyTo, @Nullable UUID followsUp) {
}
