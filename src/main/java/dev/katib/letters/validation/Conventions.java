package dev.katib.letters.validation;

import java.util.List;

import dev.katib.letters.content.Closing;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;
import dev.katib.platform.ArabicText;

/** The set phrases follow the letter conventions of DOMAIN.md: basmala, greeting and closing. */
final class Conventions {

	private static final String ARABIC_GREETING = wording("السلام عليكم ورحمة الله وبركاته");

	private Conventions() {
	}

	static void check(StructuredLetter letter, Expectations expected, List<Violation> violations) {
		if (letter.basmala() != expected.basmala()) {
			violations.add(new Violation(Rule.CONVENTION, "basmala", expected.basmala()
					? "is missing; this category opens with the basmala" : "is not used in this category"));
		}
		if (expected.language() == Language.ARABIC && !letter.greeting().isBlank()
				&& !wording(letter.greeting()).equals(ARABIC_GREETING)) {
			violations.add(new Violation(Rule.CONVENTION, "greeting",
					"must be «السلام عليكم ورحمة الله وبركاته» on its own"));
		}
		checkClosing(letter.closing(), expected, violations);
	}

	private static void checkClosing(Closing closing, Expectations expected, List<Violation> violations) {
		if (closing.style() != expected.closingStyle()) {
			violations.add(new Violation(Rule.CONVENTION, "closing.style",
					expected.closingStyle() == ClosingStyle.WISH
							? "must be \"wish\": this category ends with a wish and no formal closing formula"
							: "must be \"formal\": this category ends with a closing formula"));
			return;
		}
		if (expected.language() != Language.ARABIC || closing.text().isBlank()) {
			return;
		}
		boolean marked = closing.text().strip().endsWith(Closing.ARABIC_CLOSING_MARK);
		if (closing.style() == ClosingStyle.FORMAL && !marked) {
			violations.add(new Violation(Rule.CONVENTION, "closing.text",
					"must end with «" + Closing.ARABIC_CLOSING_MARK + "» after the closing formula"));
		}
		if (closing.style() == ClosingStyle.WISH && marked) {
			violations.add(new Violation(Rule.CONVENTION, "closing.text",
					"is a wish on its own line; it takes no «" + Closing.ARABIC_CLOSING_MARK + "»"));
		}
	}

	private static String wording(String text) {
		return String.join(" ", ArabicText.words(text));
	}
}
