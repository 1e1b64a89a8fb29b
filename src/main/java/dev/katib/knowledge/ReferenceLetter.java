package dev.katib.knowledge;


import dev.katib.platform.Inputs;

/**
 * A letter of the organisation's that shows a category's shape and tone. Its sentences, names, numbers and
 * dates are never copied.
 *
 * @param categoryKey the category it illustrates
 * @param text the letter's text
 */
public record ReferenceLetter(String categoryKey, String text) {

	public static final int MAX_LENGTH = 6_000;

	public ReferenceLetter {
		text = Inputs.required(text, "referenceLetter.text", 1, MAX_LENGTH);
	}
}
