package dev.katib.letters.content;

import dev.katib.knowledge.ClosingStyle;


/**
 * The last line of a letter before the signature.
 *
 * @param style a formal closing formula or a congratulation wish
 * @param text the line exactly as printed; an Arabic formal closing ends with «،،،»
 */
public record Closing(ClosingStyle style, String text) {

	/** The mark that ends an Arabic closing formula. */
	public static final String ARABIC_CLOSING_MARK = "،،،";
}
