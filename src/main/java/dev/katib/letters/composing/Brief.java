package dev.katib.letters.composing;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.Language;

/**
 * What a letter is composed from.
 *
 * @param category the key of the letter's category, e.g. {@code request}; a key the bank has no phrases for takes
 *     the bank's default phrases
 * @param language the letter's language
 * @param recipient to whom
 * @param request what the writer wants to say, in their own words
 * @param introduction the organisation's introduction, when this is the first letter to the recipient
 * @param replyTo the recipient's letter this one answers
 * @param followsUp our earlier letter this one follows up
 * @param signer who signs
 * @param variation which of the bank's variants this letter takes
 */
public record Brief(String category, Language language, Recipient recipient, String request,
		@Nullable String introduction, @Nullable Citation replyTo, @Nullable Citation followsUp, Signer signer,
		Variation variation) {
}
