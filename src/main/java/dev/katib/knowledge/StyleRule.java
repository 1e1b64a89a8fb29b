package dev.katib.knowledge;


import org.jspecify.annotations.Nullable;

import dev.katib.platform.Inputs;

/**
 * An organisation's writing rule, e.g. "Refer to the Ministry by its full name".
 *
 * @param categoryKey the category it applies to, or null for every category
 * @param text the rule
 */
public record StyleRule(@Nullable String categoryKey, String text) {

	public static final int MAX_LENGTH = 500;

	public StyleRule {
		text = Inputs.required(text, "rule.text", 1, MAX_LENGTH);
	}

	boolean appliesTo(String category) {
		return categoryKey == null || categoryKey.equals(category);
	}
}
