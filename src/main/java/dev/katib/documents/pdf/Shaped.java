package dev.katib.documents.pdf;

/**
 * A piece of text shaped in one direction with one face: its glyphs in visual order (left to right),
 * where each is drawn, and which characters each stands for.
 *
 * @param glyphs glyph ids of the font program
 * @param x where each glyph is drawn, from the piece's left edge, in font units
 * @param y how far each glyph is raised from the baseline (marks), in font units
 * @param texts the characters each glyph stands for (its ToUnicode mapping): a letter for each of its
 *        contextual forms, two letters for a ligature, a letter with the marks drawn over it; in a
 *        right-to-left run in visual order
 * @param silent whether a glyph reads as nothing (a mark its letter reads with, a letter's second piece)
 * @param advance the piece's width, in font units
 * @param text the characters shaped, in reading order
 * @param rightToLeft the direction it was shaped in
 */
record Shaped(int[] glyphs, float[] x, float[] y, String[] texts, boolean[] silent, float advance, String text,
		boolean rightToLeft) {

	int size() {
		return glyphs.length;
	}
}
