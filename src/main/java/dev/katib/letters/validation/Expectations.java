package dev.katib.letters.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;

/**
 * What a letter is checked against: the conventions its category and language call for, and everything the
 * writer and the organisation gave, which is all a letter may state as fact.
 *
 * @param language the language every part must be in
 * @param basmala whether the letter must open with the basmala
 * @param closingStyle the closing the category calls for
 * @param facts every input text (request, recipient, introduction, referenced letters, signatory, the
 *     current letter and instruction when editing): the only source of figures, dates, months and weekdays
 * @param names proper names that may be written in any script (recipient, organisations, signatory)
 * @param referenceLetters the category's reference letters, whose sentences must not be copied
 */
public record Expectations(Language language, boolean basmala, ClosingStyle closingStyle, List<String> facts,
		List<String> names, List<String> referenceLetters) {

	public Expectations {
		facts = List.copyOf(facts);
		names = List.copyOf(names);
		referenceLetters = List.copyOf(referenceLetters);
	}

	/** The same expectations with more facts, e.g. the current letter and the instruction when editing. */
	public Expectations withFacts(Collection<String> more) {
		List<String> all = new ArrayList<>(facts);
		all.addAll(more);
		return new Expectations(language, basmala, closingStyle, all, names, referenceLetters);
	}

	String allFacts() {
		return String.join("\n", facts);
	}
}
