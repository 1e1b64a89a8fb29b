package dev.katib.letters.composing;

import java.util.List;

import dev.katib.letters.content.SignatureBlock;

/**
 * The wording of a composed letter: what the addressing, greeting and closing formula of its category frame.
 *
 * @param subject the subject line, at most ten words, drawn from the request
 * @param paragraphs the body: the opening the request completes, the rest of the request, the organisation's
 *     introduction on a first letter, and the category's closing sentence
 * @param signature the signer's job title and name in the letter's language
 */
public record Composition(String subject, List<String> paragraphs, SignatureBlock signature) {

	public Composition {
		paragraphs = List.copyOf(paragraphs);
	}
}
