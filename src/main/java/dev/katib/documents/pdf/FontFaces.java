package dev.katib.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts documents are set in, shipped with the application under {@code fonts/} with their OFL
 * licences and embedded (subset) in every PDF: Amiri, which has Arabic and Latin glyphs, and Noto
 * Naskh Arabic as a fallback. They are read once at start-up; a missing font stops the start.
 */
@Component
final class FontFaces {

	private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);

	private final byte[] amiriRegular = withoutGlyphSubstitution(read("Amiri-Regular.ttf"));
	private final byte[] amiriBold = withoutGlyphSubstitution(read("Amiri-Bold.ttf"));
	private final byte[] notoRegular = withoutGlyphSubstitution(read("NotoNaskhArabic-Regular.ttf"));
	private final byte[] notoBold = withoutGlyphSubstitution(read("NotoNaskhArabic-Bold.ttf"));

	void register(PdfRendererBuilder builder) {
		builder.useFont(() -> stream(amiriRegular), "Amiri", 400, FontStyle.NORMAL, true);
		builder.useFont(() -> stream(amiriBold), "Amiri", 700, FontStyle.NORMAL, true);
		builder.useFont(() -> stream(notoRegular), "Noto Naskh Arabic", 400, FontStyle.NORMAL, true);
		builder.useFont(() -> stream(notoBold), "Noto Naskh Arabic", 700, FontStyle.NORMAL, true);
	}

	byte[] amiriRegular() {
		return amiriRegular.clone();
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
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

	private static byte[] read(String name) {
		try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font fonts/" + name + " is missing from the application.", ex);
		}
	}
}
