package dev.katib.documents.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A part of a line with one bidi level and one style: shaped glyphs, or the blank between words
 * (which justification widens).
 *
 * @param level the bidi embedding level; odd reads right to left
 * @param shaped the glyphs; a blank has one space glyph, drawn so that readers see a space there
 * @param width its natural width in points
 * @param space whether it is the blank between words
 */
record Piece(byte level, Style style, Shaped shaped, float width, boolean space) {

	static float width(List<Piece> pieces) {
		float width = 0;
		for (Piece piece : pieces) {
			width += piece.width();
		}
		return width;
	}

	/** Blanks at the end of a line take no room (UAX #9, rule L1). */
	static List<Piece> withoutTrailingSpace(List<Piece> pieces) {
		int end = pieces.size();
		while (end > 0 && pieces.get(end - 1).space()) {
			end--;
		}
		return pieces.subList(0, end);
	}

	/** UAX #9, rule L2: from the highest level down to the lowest odd one, reverse every run at or above it. */
	static List<Piece> visualOrder(List<Piece> logical) {
		List<Piece> pieces = new ArrayList<>(logical);
		int highest = 0;
		int lowestOdd = Integer.MAX_VALUE;
		for (Piece piece : pieces) {
			highest = Math.max(highest, piece.level());
			if ((piece.level() & 1) == 1) {
				lowestOdd = Math.min(lowestOdd, piece.level());
			}
		}
		for (int level = highest; level >= lowestOdd && level > 0; level--) {
			int i = 0;
			while (i < pieces.size()) {
				if (pieces.get(i).level() >= level) {
					int start = i;
					while (i < pieces.size() && pieces.get(i).level() >= level) {
						i++;
					}
					Collections.reverse(pieces.subList(start, i));
				}
				else {
					i++;
				}
			}
		}
		return pieces;
	}
}
