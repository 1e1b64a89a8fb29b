package dev.katib.knowledge;

import java.util.Map;

import dev.katib.platform.KatibException;

/**
 * How much writing knowledge an organisation and a writer keep. The numbers follow what one drafting prompt
 * carries, so that nothing an administrator adds is silently left out of a draft.
 */
final class KnowledgeLimits {

	/** Rules for every category plus those of one category: what one prompt carries. */
	static final int RULES_PER_CATEGORY = 30;

	/** Reference letters of one category: what one prompt carries. */
	static final int REFERENCE_LETTERS_PER_CATEGORY = 3;

	/** One writer's preferences: what one prompt carries. */
	static final int PREFERENCES_PER_WRITER = 20;

	static final int CATEGORIES = 50;

	static final int RECIPIENTS = 5_000;

	private KnowledgeLimits() {
	}

	static void check(long count, int limit, String what) {
		if (count >= limit) {
			throw new KatibException(KnowledgeProblems.LIMIT_REACHED,
					"There can be at most " + limit + " " + what + "; remove one first.",
					Map.of("limit", limit, "what", what));
		}
	}
}
