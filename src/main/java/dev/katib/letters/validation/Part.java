package dev.katib.letters.validation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.StructuredLetter;

/**
 * One text of a letter with the name a violation quotes it by.
 *
 * @param name e.g. {@code paragraphs[1]}
 * @param text the text, possibly empty
 * @param kind what checks it takes
 */
record Part(String name, String text, Kind kind) {

	enum Kind {
		/** Written by the drafter: subject and paragraphs; checked for language and copying. */
		PROSE,
		/** A set phrase of the conventions: honorific, prayer, greeting, closing, job titles. */
		PHRASE,
		/** A proper name, which may be in any script. */
		NAME
	}

	static List<Part> of(StructuredLetter letter) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part("subject", letter.subject(), Kind.PROSE));
		parts.add(new Part("addressee.honorific", letter.addressee().honorific(), Kind.PHRASE));
		add(parts, "addressee.jobTitle", letter.addressee().jobTitle(), Kind.PHRASE);
		add(parts, "addressee.name", letter.addressee().name(), Kind.NAME);
		add(parts, "addressee.organisation", letter.addressee().organisation(), Kind.NAME);
		add(parts, "addressee.prayer", letter.addressee().prayer(), Kind.PHRASE);
		parts.add(new Part("greeting", letter.greeting(), Kind.PHRASE));
		for (int i = 0; i < letter.paragraphs().size(); i++) {
			parts.add(new Part("paragraphs[" + i + "]", letter.paragraphs().get(i), Kind.PROSE));
		}
		parts.add(new Part("closing.text", letter.closing().text(), Kind.PHRASE));
		add(parts, "signature.jobTitle", letter.signature().jobTitle(), Kind.PHRASE);
		add(parts, "signature.name", letter.signature().name(), Kind.NAME);
		return parts;
	}

	private static void add(List<Part> parts, String name, @Nullable String text, Kind kind) {
		if (text != null) {
			parts.add(new Part(name, text, kind));
		}
	}
}
