package dev.katib.knowledge;


import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the organisation and the writer know that shapes a draft, beyond the request itself.
 *
 * @param writerId the writer asking; only their preferences are used
 * @param rules the organisation's style rules, for every category and per category
 * @param referenceLetters the organisation's reference letters
 * @param preferences writers' preferences; any that are not the asking writer's are left out
 * @param repliedLetterText the text of the letter replied to, when the organisation has it
 */
public record DraftingKnowledge(UUID writerId, List<StyleRule> rules, List<ReferenceLetter> referenceLetters,
		List<WriterPreference> preferences, @Nullable String repliedLetterText) {

	public DraftingKnowledge {
		rules = List.copyOf(rules);
		referenceLetters = List.copyOf(referenceLetters);
		preferences = List.copyOf(preferences);
	}

	/** The style rules for this category, those for every category first. */
	public List<StyleRule> rulesFor(String categoryKey) {
		return rules.stream()
			.filter(rule -> rule.appliesTo(categoryKey))
			.sorted((a, b) -> Boolean.compare(a.categoryKey() != null, b.categoryKey() != null))
			.limit(KnowledgeLimits.RULES_PER_CATEGORY)
			.toList();
	}

	/** The reference letters of this category, as many as a prompt takes. */
	public List<String> referenceLettersFor(String categoryKey) {
		return referenceLetters.stream()
			.filter(letter -> letter.categoryKey().equals(categoryKey))
			.limit(KnowledgeLimits.REFERENCE_LETTERS_PER_CATEGORY)
			.map(ReferenceLetter::text)
			.toList();
	}

	/** The asking writer's preferences, and nobody else's. */
	public List<String> preferencesOfTheWriter() {
		return preferences.stream()
			.filter(preference -> preference.writerId().equals(writerId))
			.limit(KnowledgeLimits.PREFERENCES_PER_WRITER)
			.map(WriterPreference::text)
			.toList();
	}
}
