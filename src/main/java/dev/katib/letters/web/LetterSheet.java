package dev.katib.letters.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.LetterDates;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;

/**
 * A letter laid out as it will be printed, for the preview: in the letter's language and direction, with the
 * number (once issued) and both dates. Before the first version exists, the sheet has only the frame, which the
 * draft stream fills in.
 *
 * @param language {@code ar} or {@code en}
 * @param rtl whether the sheet reads right to left
 * @param basmala whether the basmala line opens the letter
 * @param number the letter's number, null until it is issued
 */
record LetterSheet(String language, boolean rtl, boolean basmala, @Nullable String number, String hijri,
		String gregorian, @Nullable String subject, @Nullable String addresseeLine, List<String> addresseeDetails,
		@Nullable String prayer, @Nullable String greeting, List<String> paragraphs, @Nullable String closing,
		boolean wish, @Nullable String signatureTitle, @Nullable String signatureName, boolean draftedWithoutAi) {

	LetterSheet {
		addresseeDetails = List.copyOf(addresseeDetails);
		paragraphs = List.copyOf(paragraphs);
	}

	/** The same sheet signed by this signer, whose name replaces the one the draft carried. */
	LetterSheet signedBy(String signer) {
		return new LetterSheet(language, rtl, basmala, number, hijri, gregorian, subject, addresseeLine,
				addresseeDetails, prayer, greeting, paragraphs, closing, wish, signatureTitle, signer, draftedWithoutAi);
	}

	/** The basmala as printed. */
	public String basmalaText() {
		return StructuredLetter.BASMALA;
	}

	static LetterSheet of(StructuredLetter letter, LetterDates dates, @Nullable String number,
			boolean draftedWithoutAi) {
		return new LetterSheet(letter.language().code(), letter.language() == Language.ARABIC, letter.basmala(),
				number, dates.hijri(), dates.gregorian(), letter.subject(), letter.addressee().line(),
				letter.addressee().details(), letter.addressee().prayer(), letter.greeting(), letter.paragraphs(),
				letter.closing().text(), letter.closing().style() == ClosingStyle.WISH, letter.signature().jobTitle(),
				letter.signature().name(), draftedWithoutAi);
	}

	/** The frame of a letter whose first version is still being written. */
	static LetterSheet frame(Language language, boolean basmala, LetterDates dates) {
		return new LetterSheet(language.code(), language == Language.ARABIC, basmala, null, dates.hijri(),
				dates.gregorian(), null, null, List.of(), null, null, List.of(), null, false, null, null, false);
	}
}
