package dev.katib.documents.letterhead;

import java.util.Map;

import dev.katib.documents.DocumentProblems;
import dev.katib.documents.Letterhead;
import dev.katib.documents.LetterheadDraft;
import dev.katib.platform.KatibException;

/** The rules a letterhead draft's fields keep; a broken one is named in the problem's {@code field}. */
final class DraftCheck {

	static final int MAX_NAME = 200;
	static final int MAX_FOOTER_LINES = 4;
	static final int MAX_FOOTER_LINE = 200;

	private DraftCheck() {
	}

	static void check(LetterheadDraft draft) {
		name("arabicName", draft.arabicName());
		name("englishName", draft.englishName());
		colour("primaryColour", draft.primaryColour());
		colour("accentColour", draft.accentColour());
		if (draft.footerLines().size() > MAX_FOOTER_LINES) {
			throw invalid("footerLines", "A letterhead has at most " + MAX_FOOTER_LINES + " footer lines.");
		}
		for (String line : draft.footerLines()) {
			if (line == null || line.isBlank() || line.length() > MAX_FOOTER_LINE) {
				throw invalid("footerLines", "Footer lines have 1 to " + MAX_FOOTER_LINE + " characters.");
			}
		}
	}

	private static void name(String field, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_NAME) {
			throw invalid(field, "The organisation's name has 1 to " + MAX_NAME + " characters.");
		}
	}

	private static void colour(String field, String value) {
		if (!Letterhead.isColour(value)) {
			throw invalid(field, "Colours are written as #rrggbb, for example #0b5d4b.");
		}
	}

	private static KatibException invalid(String field, String detail) {
		return new KatibException(DocumentProblems.INVALID_LETTERHEAD, detail, Map.of("field", field));
	}
}
