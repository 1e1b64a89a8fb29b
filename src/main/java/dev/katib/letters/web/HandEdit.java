package dev.katib.letters.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.Closing;
import dev.katib.letters.content.StructuredLetter;

/**
 * The hand-edit form of the letter page: the fields a writer changes, and the version they were looking at.
 * Empty paragraphs are dropped, so clearing a paragraph removes it.
 */
record HandEdit(int basedOn, @Nullable String subject, @Nullable String greeting, @Nullable List<String> paragraphs,
		@Nullable String closing) {

	static HandEdit of(int number, StructuredLetter letter) {
		return new HandEdit(number, letter.subject(), letter.greeting(), letter.paragraphs(), letter.closing().text());
	}

	/** The paragraphs that have text. */
	List<String> filledParagraphs() {
		return paragraphs == null ? List.of()
				: paragraphs.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
	}

	boolean complete() {
		return subject != null && !subject.isBlank() && greeting != null && !greeting.isBlank() && closing != null
				&& !closing.isBlank() && !filledParagraphs().isEmpty();
	}

	/** The current letter with these fields changed; everything else (addressee, signature, basmala) is kept. */
	StructuredLetter applyTo(StructuredLetter current) {
		return new StructuredLetter(current.language(), current.basmala(), strip(subject), current.addressee(),
				strip(greeting), filledParagraphs(), new Closing(current.closing().style(), strip(closing)),
				current.signature());
	}

	/** The same text, to be saved on top of another version. */
	HandEdit basedOn(int number) {
		return new HandEdit(number, subject, greeting, filledParagraphs(), closing);
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
