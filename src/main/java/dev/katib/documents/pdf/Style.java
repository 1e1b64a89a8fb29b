package dev.katib.documents.pdf;

/**
 * How a stretch of text is printed.
 *
 * @param face the typeface
 * @param size the size in points
 * @param rgb the colour, as {@code 0xrrggbb}
 */
record Style(Face face, float size, int rgb) {

	Style sized(float points) {
		return new Style(face, points, rgb);
	}

	Style coloured(int colour) {
		return new Style(face, size, colour);
	}

	static int rgb(String hex) {
		return Integer.parseInt(hex.substring(1), 16);
	}
}
