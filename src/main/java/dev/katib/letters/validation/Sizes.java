package dev.katib.letters.validation;

import java.util.List;

import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;

/** A letter fits on its pages: limits on each part, on the number of paragraphs and on the whole. */
final class Sizes {

	static final int MAX_SHORT_PART = 300;

	static final int MAX_PARAGRAPH = 2_000;

	static final int MAX_PARAGRAPHS = 20;

	static final int MAX_LETTER = 12_000;

	private Sizes() {
	}

	static void check(StructuredLetter letter, List<Part> parts, List<Violation> violations) {
		int total = 0;
		for (Part part : parts) {
			int length = part.text().codePointCount(0, part.text().length());
			total += length;
			int limit = part.name().startsWith("paragraphs") ? MAX_PARAGRAPH : MAX_SHORT_PART;
			if (length > limit) {
				violations.add(new Violation(Rule.TOO_LONG, part.name(),
						"has " + length + " characters; keep it within " + limit));
			}
		}
		if (letter.paragraphs().size() > MAX_PARAGRAPHS) {
			violations.add(new Violation(Rule.TOO_LONG, "paragraphs",
					"has " + letter.paragraphs().size() + " paragraphs; keep it within " + MAX_PARAGRAPHS));
		}
		if (total > MAX_LETTER) {
			violations.add(new Violation(Rule.TOO_LONG, "letter",
					"has " + total + " characters; keep the whole letter within " + MAX_LETTER));
		}
	}
}
