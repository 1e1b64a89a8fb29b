package dev.katib.letters;

import org.jspecify.annotations.Nullable;

/**
 * What a list of letters is narrowed to; every part is optional.
 *
 * @param status letters in this status, e.g. {@code DRAFT}
 * @param category letters of this category key
 * @param recipient letters to this directory entry (its id), or whose recipient's name, title or organisation
 *     contains this text
 * @param q letters whose recipient or current text contains these words, Arabic spellings folded
 */
public record LetterFilter(@Nullable String status, @Nullable String category, @Nullable String recipient,
		@Nullable String q) {

	public static final LetterFilter ALL = new LetterFilter(null, null, null, null);
}
