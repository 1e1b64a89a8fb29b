package dev.katib.documents.pdf;

/**
 * Shaped glyphs placed on a line.
 *
 * @param x where the run starts, in points from the line's left edge
 * @param style how it is printed
 * @param shaped its glyphs
 */
record Run(float x, Style style, Shaped shaped) {

	float width() {
		return style.face().points(shaped.advance(), style.size());
	}
}
