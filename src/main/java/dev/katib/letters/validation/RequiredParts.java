package dev.katib.letters.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.AddresseeBlock;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;

/** Every part a letter needs is there and not empty. */
final class RequiredParts {

	private RequiredParts() {
	}

	static void check(StructuredLetter letter, Expectations expected, List<Violation> violations) {
		require(letter.subject(), "subject", "give the letter a subject", violations);
		AddresseeBlock addressee = letter.addressee();
		if (expected.language() == Language.ARABIC) {
			require(addressee.honorific(), "addressee.honorific", "address the recipient with an honorific",
					violations);
			require(addressee.prayer(), "addressee.prayer",
					"end the addressee line with the prayer phrase the honorific calls for", violations);
		}
		if (blank(addressee.jobTitle()) && blank(addressee.name()) && blank(addressee.organisation())) {
			violations.add(new Violation(Rule.MISSING_PART, "addressee",
					"names nobody; give the recipient's job title, name or organisation"));
		}
		require(letter.greeting(), "greeting", "write the greeting line", violations);
		if (letter.paragraphs().isEmpty()) {
			violations.add(new Violation(Rule.MISSING_PART, "paragraphs", "is empty; write the body of the letter"));
		}
		for (int i = 0; i < letter.paragraphs().size(); i++) {
			require(letter.paragraphs().get(i), "paragraphs[" + i + "]", "remove it or write the paragraph",
					violations);
		}
		require(letter.closing().text(), "closing.text", "write the closing line", violations);
		if (blank(letter.signature().jobTitle()) && blank(letter.signature().name())) {
			violations.add(new Violation(Rule.MISSING_PART, "signature",
					"is empty; give the signatory's job title and name"));
		}
	}

	private static void require(@Nullable String text, String part, String fix,
			List<Violation> violations) {
		if (blank(text)) {
			violations.add(new Violation(Rule.MISSING_PART, part, "is empty; " + fix));
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
