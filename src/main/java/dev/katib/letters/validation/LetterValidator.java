package dev.katib.letters.validation;

import java.util.ArrayList;
import java.util.List;

import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;

/**
 * Checks a letter, whoever wrote it (a model, the offline engine, a person editing by hand), against the rules
 * of a correct letter: required parts, conventions, language, no invented figures or dates, no sentence
 * copied from a reference letter, sizes.
 */
public final class LetterValidator {

	private LetterValidator() {
	}

	/** Every violation, in the order of the letter; empty when the letter is correct. */
	public static List<Violation> violations(StructuredLetter letter, Expectations expected) {
		List<Part> parts = Part.of(letter);
		List<Violation> violations = new ArrayList<>();
		RequiredParts.check(letter, expected, violations);
		Sizes.check(letter, parts, violations);
		Conventions.check(letter, expected, violations);
		Script.check(parts, expected, violations);
		Figures.check(parts, expected, violations);
		Copying.check(parts, expected, violations);
		return List.copyOf(violations);
	}

	/** The letter accepted, or rejected with its violations. */
	public static Verdict<StructuredLetter> check(StructuredLetter letter, Expectations expected) {
		List<Violation> violations = violations(letter, expected);
		return violations.isEmpty() ? new Verdict.Accepted<>(letter) : new Verdict.Rejected<>(violations);
	}
}
