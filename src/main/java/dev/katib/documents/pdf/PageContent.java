package dev.katib.documents.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.common.BitMatrix;

import org.apache.pdfbox.cos.COSName;

/**
 * The content stream of one page, written operator by operator. Text is drawn glyph by glyph where
 * the shaper placed it: each glyph's offset from where the previous one left the pen goes into the
 * {@code TJ} array, and raised marks are drawn with a text rise.
 */
final class PageContent {

	private final StringBuilder out = new StringBuilder(8_192);
	private final float height;
	private final Map<Face, FontResource> fonts;

	/** A face as this page's resources name it. */
	record FontResource(COSName name, EmbeddedFont font) {
	}

	PageContent(float height, Map<Face, FontResource> fonts) {
		this.height = height;
		this.fonts = fonts;
	}

	void text(float x, float baseline, Line line) {
		out.append("BT\n");
		for (Run run : line.runs()) {
			run(run, x + run.x(), height - baseline);
		}
		out.append("ET\n");
	}

	/** A line turned about a point, counter-clockwise by {@code degrees}; its runs are centred on it. */
	void turned(float centreX, float centreY, float degrees, Line line) {
		double radians = Math.toRadians(degrees);
		out.append("q\n").append(matrix(Math.cos(radians), Math.sin(radians), -Math.sin(radians), Math.cos(radians),
				centreX, height - centreY)).append(" cm\nBT\n");
		for (Run run : line.runs()) {
			run(run, run.x(), -run.style().size() * 0.3f);
		}
		out.append("ET\nQ\n");
	}

	private void run(Run run, float x, float y) {
		Style style = run.style();
		FontResource font = fonts.get(style.face());
		Face face = style.face();
		Shaped shaped = run.shaped();
		out.append('/').append(font.name().getName()).append(' ').append(number(style.size())).append(" Tf\n");
		colour(style.rgb(), "rg");
		out.append(matrix(1, 0, 0, 1, x, y)).append(" Tm\n");

		float pen = 0;
		float rise = 0;
		boolean open = false;
		boolean silent = false;
		// glyphs that read as something first, left to right, so that readers see the word's letters
		// in one unbroken sequence; then the silent ones (marks their letters read with, second pieces
		// of letters) in a span whose actual text is empty
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < shaped.size(); i++) {
				if (shaped.silent()[i] != (pass == 1)) {
					continue;
				}
				if (pass == 1 && !silent) {
					if (open) {
						out.append("] TJ\n");
						open = false;
					}
					out.append("/Span <</ActualText ()>> BDC\n");
					silent = true;
				}
				float glyphRise = face.points(shaped.y()[i], style.size());
				if (Math.abs(glyphRise - rise) > 0.001f) {
					if (open) {
						out.append("] TJ\n");
						open = false;
					}
					out.append(number(glyphRise)).append(" Ts\n");
					rise = glyphRise;
				}
				if (!open) {
					out.append('[');
					open = true;
				}
				float shift = shaped.x()[i] - pen;
				if (Math.abs(shift) > 0.01f) {
					out.append(number(-shift * 1000 / face.unitsPerEm())).append(' ');
				}
				int code = font.font().code(shaped.glyphs()[i], shaped.texts()[i]);
				out.append('<');
				hex(out, code);
				out.append('>');
				pen = shaped.x()[i] + face.advances()[shaped.glyphs()[i]];
			}
		}
		if (open) {
			out.append("] TJ\n");
		}
		if (silent) {
			out.append("EMC\n");
		}
		if (rise != 0) {
			out.append("0 Ts\n");
		}
	}

	void rule(float x1, float y1, float x2, float y2, float thickness, int rgb) {
		colour(rgb, "RG");
		out.append(number(thickness)).append(" w ").append(number(x1)).append(' ').append(number(height - y1))
			.append(" m ").append(number(x2)).append(' ').append(number(height - y2)).append(" l S\n");
	}

	void fill(float x, float y, float width, float height, int rgb) {
		colour(rgb, "rg");
		rectangle(x, y, width, height);
		out.append("f\n");
	}

	void image(COSName name, float x, float y, float width, float height) {
		out.append("q ").append(matrix(width, 0, 0, height, x, this.height - y - height)).append(" cm /")
			.append(name.getName()).append(" Do Q\n");
	}

	/** Each row's dark modules as rectangles, runs of neighbours joined, filled in black. */
	void qr(float x, float y, float size, BitMatrix modules) {
		float module = size / modules.getWidth();
		colour(0x000000, "rg");
		for (int row = 0; row < modules.getHeight(); row++) {
			int column = 0;
			while (column < modules.getWidth()) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < modules.getWidth() && modules.get(column, row)) {
					column++;
				}
				rectangle(x + start * module, y + row * module, (column - start) * module, module);
			}
		}
		out.append("f\n");
	}

	byte[] bytes() {
		return out.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private void rectangle(float x, float y, float width, float height) {
		out.append(number(x)).append(' ').append(number(this.height - y - height)).append(' ').append(number(width))
			.append(' ').append(number(height)).append(" re\n");
	}

	private void colour(int rgb, String operator) {
		out.append(number(((rgb >> 16) & 0xFF) / 255f)).append(' ').append(number(((rgb >> 8) & 0xFF) / 255f))
			.append(' ').append(number((rgb & 0xFF) / 255f)).append(' ').append(operator).append('\n');
	}

	private static String matrix(double a, double b, double c, double d, double e, double f) {
		return number(a) + " " + number(b) + " " + number(c) + " " + number(d) + " " + number(e) + " " + number(f);
	}

	/** A number as PDF writes it: at most three decimals, no exponent. */
	static String number(double value) {
		long thousandths = Math.round(value * 1000);
		StringBuilder text = new StringBuilder(12);
		if (thousandths < 0) {
			text.append('-');
			thousandths = -thousandths;
		}
		text.append(thousandths / 1000);
		long fraction = thousandths % 1000;
		if (fraction != 0) {
			text.append('.').append((char) ('0' + fraction / 100));
			fraction %= 100;
			if (fraction != 0) {
				text.append((char) ('0' + fraction / 10));
				if (fraction % 10 != 0) {
					text.append((char) ('0' + fraction % 10));
				}
			}
		}
		return text.toString();
	}

	/** Four hexadecimal digits. */
	static void hex(StringBuilder out, int value) {
		for (int shift = 12; shift >= 0; shift -= 4) {
			out.append(Character.forDigit((value >> shift) & 0xF, 16));
		}
	}
}
