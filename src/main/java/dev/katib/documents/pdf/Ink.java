package dev.katib.documents.pdf;

import com.google.zxing.common.BitMatrix;

import dev.katib.documents.DocumentImage;

/** What is printed on a page, in points from the page's top left corner. */
sealed interface Ink {

	/** A set line whose left edge is at {@code x} and whose baseline is at {@code baseline}. */
	record Text(float x, float baseline, Line line) implements Ink {
	}

	/** A line of text turned about its centre by {@code degrees}, counter-clockwise: the watermark. */
	record Turned(float centreX, float centreY, float degrees, Line line) implements Ink {
	}

	/** An image scaled into a box whose top left corner is at ({@code x}, {@code y}). */
	record Picture(float x, float y, float width, float height, DocumentImage image) implements Ink {
	}

	/** A straight stroke. */
	record Rule(float x1, float y1, float x2, float y2, float thickness, int rgb) implements Ink {
	}

	/** A filled rectangle. */
	record Fill(float x, float y, float width, float height, int rgb) implements Ink {
	}

	/** A QR code drawn as vector squares, sharp at any resolution. */
	record Qr(float x, float y, float size, BitMatrix modules) implements Ink {
	}
}
