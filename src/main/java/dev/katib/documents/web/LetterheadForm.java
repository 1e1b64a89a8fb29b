package dev.katib.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadDraft;
import dev.katib.documents.Margins;
import dev.katib.documents.PageSize;

/**
 * The letterhead form of the admin page. Footer lines are typed one per line; without a new logo
 * file, the logo of the version the form started from is kept.
 */
record LetterheadForm(@Nullable String arabicName, @Nullable String englishName, @Nullable String primaryColour,
		@Nullable String accentColour, @Nullable String footer, int marginTop, int marginRight, int marginBottom,
		int marginLeft, @Nullable PageSize pageSize, @Nullable MultipartFile logo) {

	static LetterheadForm blank() {
		return named("", "");
	}

	/** A first letterhead with the organisation's registered names and the default look. */
	static LetterheadForm named(String arabicName, String englishName) {
		return new LetterheadForm(arabicName, englishName, "#0b5d4b", "#6b5a2e", "", 38, 20, 25, 20, PageSize.A4, null);
	}

	static LetterheadForm of(Letterhead letterhead) {
		return new LetterheadForm(letterhead.arabicName(), letterhead.englishName(), letterhead.primaryColour(),
				letterhead.accentColour(), String.join("\n", letterhead.footerLines()), letterhead.margins().topMm(),
				letterhead.margins().rightMm(), letterhead.margins().bottomMm(), letterhead.margins().leftMm(),
				letterhead.pageSize(), null);
	}

	/**
	 * The draft this form describes.
	 *
	 * @param keptLogo the logo to keep when no file was uploaded
	 * @throws IllegalArgumentException when the margins are out of range
	 */
	LetterheadDraft draft(byte @Nullable [] keptLogo) {
		List<String> lines = footer == null ? List.of()
				: Arrays.stream(footer.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		return new LetterheadDraft(text(arabicName), text(englishName), uploadedLogo(keptLogo), text(primaryColour),
				text(accentColour), lines, new Margins(marginTop, marginRight, marginBottom, marginLeft),
				pageSize == null ? PageSize.A4 : pageSize);
	}

	private byte @Nullable [] uploadedLogo(byte @Nullable [] keptLogo) {
		if (logo == null || logo.isEmpty()) {
			return keptLogo;
		}
		try {
			return logo.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
