package dev.katib.documents.pdf;

import java.awt.Font;

/**
 * One bundled typeface as the typesetter uses it: the JDK font that shapes text (OpenType GSUB and
 * GPOS through the JDK's HarfBuzz), and the metrics of the font program that is embedded in the PDF.
 * Shaped positions are in font units, so one shaping serves every point size.
 *
 * @param name the face's name, such as {@code Amiri-Bold}
 * @param shaping the JDK font, sized to one unit per font unit
 * @param unitsPerEm the font's design grid
 * @param advances every glyph's advance width, in font units, as the embedded font program has it
 * @param ascender the font's ascender, in font units
 * @param descender the font's descender (a positive depth), in font units
 * @param bold whether it is the bold face
 * @param box the font's bounding box (xMin, yMin, xMax, yMax), in font units
 * @param capHeight the height of capitals, in font units
 */
record Face(String name, Font shaping, int unitsPerEm, int[] advances, int ascender, int descender, boolean bold,
		int[] box, int capHeight) {

	/** A length in font units, in points at a size. */
	float points(float units, float size) {
		return units * size / unitsPerEm;
	}

	/** The advance of a glyph in the PDF's text space (thousandths of the size). */
	float pdfWidth(int glyph) {
		return glyph < advances.length ? advances[glyph] * 1000f / unitsPerEm : 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Face face && name.equals(face.name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}
}
