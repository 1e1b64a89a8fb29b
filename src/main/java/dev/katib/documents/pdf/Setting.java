package dev.katib.documents.pdf;

import java.util.List;

import dev.katib.documents.DocumentDates;
import dev.katib.documents.DocumentDescription;
import dev.katib.documents.Letterhead;
import dev.katib.documents.layout.Labels;

/**
 * Everything one render sets type with: the document and its letterhead, the page, the typefaces and
 * the styles of the letter's parts.
 */
record Setting(DocumentDescription document, Letterhead letterhead, Sheet sheet, Typesetter typesetter,
		FontFaces faces, DocumentDates dates, Labels labels) {

	static final float BODY_SIZE = 13f;
	static final float BODY_LEADING = 1.55f;
	static final int TEXT = 0x1a1a1a;

	boolean rightToLeft() {
		return document.language().rightToLeft();
	}

	Style body() {
		return new Style(faces.regular(), BODY_SIZE, TEXT);
	}

	Style bold() {
		return new Style(faces.bold(), BODY_SIZE, TEXT);
	}

	Style label() {
		return new Style(faces.bold(), BODY_SIZE, Style.rgb(letterhead.accentColour()));
	}

	int primary() {
		return Style.rgb(letterhead.primaryColour());
	}

	int accent() {
		return Style.rgb(letterhead.accentColour());
	}

	List<Line> set(List<Span> spans, float width, LineAlignment alignment) {
		return typesetter.lines(spans, width, rightToLeft(), alignment);
	}

	List<Line> set(String text, Style style, float width, LineAlignment alignment) {
		return set(List.of(new Span(text, style)), width, alignment);
	}
}
