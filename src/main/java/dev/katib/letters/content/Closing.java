package dev.katib.letters.content;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import dev.katib.knowledge.ClosingStyle;

/**
 * The last line of a letter before the signature.
 *
 * @param style a formal closing formula or a congratulation wish
 * @param text the line exactly as printed; an Arabic formal closing ends with «،،،»
 */
public record Closing(
		@JsonPropertyDescription("formal: a closing formula; wish: a congratulation wish with no formal closing.") ClosingStyle style,
		@JsonPropertyDescription("The closing line exactly as printed.") String text) {

	/** The mark that ends an Arabic closing formula. */
	public static final String ARABIC_CLOSING_MARK = "،،،";
}
