package dev.katib.documents.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts documents are set in, shipped with the application under {@code fonts/} with their OFL
 * licence: Amiri, whose Arabic and Latin glyphs cover letters in both languages. They are read once
 * at start-up (a missing font stops the start). Subsetting reads glyph outlines from a parsed font
 * that only one render may use at a time, so parsed fonts are lent from a pool.
 */
@Component
final class FontFaces {

	static final String FAMILY = "Amiri";

	private final byte[] regularBytes = read("Amiri-Regular.ttf");
	private final byte[] boldBytes = read("Amiri-Bold.ttf");
	private final Face regular = face("Amiri-Regular", regularBytes, false);
	private final Face bold = face("Amiri-Bold", boldBytes, true);
	private final ConcurrentLinkedQueue<TrueTypeFont> regularPool = new ConcurrentLinkedQueue<>();
	private final ConcurrentLinkedQueue<TrueTypeFont> boldPool = new ConcurrentLinkedQueue<>();

	Face regular() {
		return regular;
	}

	Face bold() {
		return bold;
	}

	Face of(boolean emphasised) {
		return emphasised ? bold : regular;
	}

	/** A parsed font program of a face for one render; give it back with {@link #release}. */
	TrueTypeFont borrow(Face face) {
		TrueTypeFont font = pool(face).poll();
		return font != null ? font : parse(face.bold() ? boldBytes : regularBytes);
	}

	void release(Face face, TrueTypeFont font) {
		pool(face).offer(font);
	}

	private ConcurrentLinkedQueue<TrueTypeFont> pool(Face face) {
		return face.bold() ? boldPool : regularPool;
	}

	private static Face face(String name, byte[] bytes, boolean bold) {
		try {
			TrueTypeFont font = parse(bytes);
			int glyphs = font.getNumberOfGlyphs();
			int[] advances = new int[glyphs];
			for (int glyph = 0; glyph < glyphs; glyph++) {
				advances[glyph] = font.getAdvanceWidth(glyph);
			}
			int unitsPerEm = font.getUnitsPerEm();
			Font shaping = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes))
				.deriveFont((float) unitsPerEm);
			var head = font.getHeader();
			int[] box = { head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax() };
			var os2 = font.getOS2Windows();
			int capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() : head.getYMax() * 7 / 10;
			return new Face(name, shaping, unitsPerEm, advances, font.getHorizontalHeader().getAscender(),
					-font.getHorizontalHeader().getDescender(), bold, box, capHeight);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The bundled font " + name + " could not be read.", ex);
		}
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A bundled font could not be read.", ex);
		}
	}

	private static byte[] read(String name) {
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font fonts/" + name + " is missing from the application.", ex);
		}
	}
}
