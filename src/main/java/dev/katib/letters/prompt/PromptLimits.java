package dev.katib.letters.prompt;

/** How much of the organisation's knowledge one prompt carries, so a prompt stays within a model's context. */
final class PromptLimits {

	static final int RULES = 30;

	static final int REFERENCE_LETTERS = 3;

	static final int PREFERENCES = 20;

	static final int REPLIED_LETTER = 6_000;

	static final int INSTRUCTION = 1_000;

	private PromptLimits() {
	}

	static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length) + "…";
	}
}
