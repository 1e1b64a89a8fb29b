package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;

import dev.katib.documents.layout.TextRun;
import dev.katib.documents.layout.TextRuns;

/**
 * Sets text in lines: the Unicode bidi algorithm (ICU) orders it, with every run that reads against
 * the paragraph (a Latin name, a number such as {@code OUT/1448/000123}) isolated as the web preview
 * isolates it; ICU's line breaker finds where lines may end; each word is shaped in its direction by
 * the {@link Shaper}; lines are filled greedily and justified by widening the spaces between words.
 */
final class Typesetter {

	private static final char LRI = '\u2066';
	private static final char RLI = '\u2067';
	private static final char PDI = '\u2069';

	private final Shaper shaper;

	Typesetter(Shaper shaper) {
		this.shaper = shaper;
	}

	List<Line> lines(List<Span> spans, float width, boolean rightToLeft, LineAlignment alignment) {
		Paragraph paragraph = Paragraph.of(spans, rightToLeft);
		if (paragraph.text().isEmpty()) {
			return List.of();
		}
		List<List<Piece>> segments = segments(paragraph, width);
		List<Line> lines = new ArrayList<>();
		List<Piece> line = new ArrayList<>();
		float used = 0;
		for (List<Piece> segment : segments) {
			float visible = used + Piece.width(Piece.withoutTrailingSpace(segment));
			if (!line.isEmpty() && visible > width + 0.01f) {
				lines.add(place(line, width, rightToLeft, alignment, false));
				line = new ArrayList<>();
				used = 0;
			}
			line.addAll(segment);
			used += Piece.width(segment);
		}
		lines.add(place(line, width, rightToLeft, alignment, true));
		return lines;
	}

	/** The width a text takes on one line, unbroken. */
	float width(List<Span> spans, boolean rightToLeft) {
		Paragraph paragraph = Paragraph.of(spans, rightToLeft);
		List<Piece> all = new ArrayList<>();
		for (List<Piece> segment : segments(paragraph, Float.MAX_VALUE)) {
			all.addAll(segment);
		}
		return Piece.width(Piece.withoutTrailingSpace(all));
	}

	private List<List<Piece>> segments(Paragraph paragraph, float width) {
		BreakIterator breaks = BreakIterator.getLineInstance(paragraph.locale());
		breaks.setText(paragraph.text());
		List<List<Piece>> segments = new ArrayList<>();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			List<Piece> segment = pieces(paragraph, start, end);
			if (Piece.width(Piece.withoutTrailingSpace(segment)) > width) {
				segments.addAll(graphemes(paragraph, start, end));
			}
			else {
				segments.add(segment);
			}
		}
		return segments;
	}

	/** A word too long for a line, broken between any two characters as a last resort. */
	private List<List<Piece>> graphemes(Paragraph paragraph, int start, int end) {
		BreakIterator characters = BreakIterator.getCharacterInstance(paragraph.locale());
		characters.setText(paragraph.text());
		List<List<Piece>> parts = new ArrayList<>();
		for (int from = start, to = characters.following(start); from < end && to != BreakIterator.DONE
				&& to <= end; from = to, to = characters.next()) {
			parts.add(pieces(paragraph, from, to));
		}
		return parts;
	}

	/** The parts of a segment that share a bidi level and a style, each shaped; spaces kept apart. */
	private List<Piece> pieces(Paragraph paragraph, int start, int end) {
		List<Piece> pieces = new ArrayList<>();
		int i = start;
		while (i < end) {
			if (paragraph.control(i)) {
				i++;
				continue;
			}
			int from = i;
			boolean space = Character.isWhitespace(paragraph.text().charAt(i));
			while (i < end && !paragraph.control(i) && paragraph.level(i) == paragraph.level(from)
					&& paragraph.style(i) == paragraph.style(from)
					&& Character.isWhitespace(paragraph.text().charAt(i)) == space) {
				i++;
			}
			Style style = paragraph.style(from);
			byte level = paragraph.level(from);
			if (space) {
				Shaped blank = shaper.shape(style.face(), " ", false);
				float each = style.face().points(blank.advance(), style.size());
				pieces.add(new Piece(level, style, blank, each * (i - from), true));
			}
			else {
				Shaped shaped = shaper.shape(style.face(), paragraph.text().substring(from, i), (level & 1) == 1);
				pieces.add(new Piece(level, style, shaped, style.face().points(shaped.advance(), style.size()), false));
			}
		}
		return pieces;
	}

	private static Line place(List<Piece> logical, float width, boolean rightToLeft, LineAlignment alignment,
			boolean last) {
		List<Piece> pieces = Piece.withoutTrailingSpace(logical);
		List<Piece> visual = Piece.visualOrder(pieces);
		float natural = Piece.width(visual);
		long spaces = visual.stream().filter(Piece::space).count();
		float extra = 0;
		float x;
		LineAlignment effective = alignment == LineAlignment.JUSTIFY && (last || spaces == 0) ? LineAlignment.START
				: alignment;
		switch (effective) {
			case JUSTIFY -> {
				extra = (width - natural) / spaces;
				x = 0;
			}
			case CENTRE -> x = (width - natural) / 2;
			case END -> x = rightToLeft ? 0 : width - natural;
			default -> x = rightToLeft ? width - natural : 0;
		}
		List<Run> runs = new ArrayList<>();
		for (Piece piece : visual) {
			runs.add(new Run(x, piece.style(), piece.shaped()));
			x += piece.width() + (piece.space() ? Math.max(0, extra) : 0);
		}
		return new Line(runs);
	}

	/** The paragraph's text with isolates around opposite runs, its bidi levels and each character's style. */
	private record Paragraph(String text, byte[] levels, Style[] styles, Locale locale) {

		static Paragraph of(List<Span> spans, boolean rightToLeft) {
			StringBuilder text = new StringBuilder();
			List<Style> styles = new ArrayList<>();
			for (Span span : spans) {
				for (TextRun run : TextRuns.split(span.text(), rightToLeft)) {
					if (run.isolated()) {
						append(text, styles, String.valueOf(rightToLeft ? LRI : RLI), span.style());
					}
					append(text, styles, run.text(), span.style());
					if (run.isolated()) {
						append(text, styles, String.valueOf(PDI), span.style());
					}
				}
			}
			Bidi bidi = new Bidi();
			bidi.setPara(text.toString(), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
			byte[] levels = bidi.getLevels();
			Locale locale = rightToLeft ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
			return new Paragraph(text.toString(), levels, styles.toArray(Style[]::new), locale);
		}

		private static void append(StringBuilder text, List<Style> styles, String part, Style style) {
			for (int i = 0; i < part.length(); i++) {
				char c = part.charAt(i);
				boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
				if (allowed) {
					text.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
					styles.add(style);
				}
			}
		}

		boolean control(int i) {
			char c = text.charAt(i);
			return c == LRI || c == RLI || c == PDI || c >= '\u200E' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
					|| c >= '\u2066' && c <= '\u2069';
		}

		byte level(int i) {
			return levels[i];
		}

		Style style(int i) {
			return styles[i];
		}
	}
}
