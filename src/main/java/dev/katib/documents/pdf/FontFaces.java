package dev.katib.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts documents are set in, shipped with the application under {@code fonts/} with their OFL
 * licence and embedded (subset) in every PDF: Amiri, whose Arabic and Latin glyphs cover letters in
 * both languages. They are read once at start-up (a missing font stops the start) and parsed fonts
 * are reused from a pool, because parsing a font is most of the cost of a one-page letter.
 */
@Component
final class FontFaces {

	static final String FAMILY = "Amiri";

	private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);

	private final byte[] regular = withoutGlyphSubstitution(read("Amiri-Regular.ttf"));
	private final byte[] bold = withoutGlyphSubstitution(read("Amiri-Bold.ttf"));
	private final ConcurrentLinkedQueue<Parsed> pool = new ConcurrentLinkedQueue<>();

	/** Fonts for one render; give them back with {@link #release} when the PDF is written. */
	Parsed borrow() {
		Parsed parsed = pool.poll();
		return parsed != null ? parsed : new Parsed(parse(regular), parse(bold));
	}

	void release(Parsed parsed) {
		pool.offer(parsed);
	}

	void register(PdfRendererBuilder builder, PDDocument document, Parsed fonts) {
		try {
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)), FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)), FAMILY, 700,
					FontStyle.NORMAL, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A parsed regular and bold face, used by one render at a time. */
	record Parsed(TrueTypeFont regular, TrueTypeFont bold) {
	}

	/**
	 * Hides the font's glyph substitution table from PDFBox. Arabic is already shaped by ICU into
	 * presentation forms; left on, PDFBox would set Latin ligatures such as "fi" as glyphs without a
	 * Unicode mapping, and "confirm" would read back as "con rm" in search and copy-paste.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			int entry = 12 + 16 * i;
			if (Arrays.equals(font, entry, entry + 4, GSUB, 0, 4)) {
				font[entry] = 'X';
			}
		}
		return font;
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
