package dev.katib.letters.prompt;

/**
 * How much one prompt carries beyond the writing knowledge (whose own limits are the knowledge's), so a prompt
 * stays within a model's context.
 */
final class PromptLimits {

	static final int REPLIED_LETTER = 6_000;

	static final int INSTRUCTION = 1_000;

	private PromptLimits() {
	}

	static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length) + "…";
	}
}
