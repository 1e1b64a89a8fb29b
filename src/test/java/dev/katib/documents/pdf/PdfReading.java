package dev.katib.documents.pdf;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back the way a reader or a search index would. */
final class PdfReading {

	private PdfReading() {
	}

	/** The text of all pages, as PDFBox reads a PDF Katib printed. */
	static String text(byte[] pdf) {
		return text(pdf, 1, Integer.MAX_VALUE);
	}

	static String text(byte[] pdf, int fromPage, int toPage) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return KatibText.text(document, fromPage, toPage);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text as printed; Katib's PDFs hold no presentation forms, so nothing needs folding. */
	static String readable(String text) {
		return text;
	}

	/** The text inside a rectangle of a page, in millimetres from the top left corner. */
	static String textIn(byte[] pdf, int pageIndex, double xMm, double yMm, double widthMm, double heightMm) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.setSortByPosition(true);
			double points = 72 / 25.4;
			stripper.addRegion("area", new Rectangle2D.Double(xMm * points, yMm * points, widthMm * points,
					heightMm * points));
			stripper.extractRegions(document.getPage(pageIndex));
			return readable(stripper.getTextForRegion("area")).replaceAll("\\s+", " ").strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A glyph on the page: what it reads as, where it starts (mm from the left), and the words around it. */
	record Glyph(String text, double xMm, String words) {
	}

	/** Every glyph of the first page in the order it is laid out, left to right within each line. */
	static List<Glyph> glyphs(byte[] pdf) {
		List<Glyph> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					String words = readable(text);
					for (TextPosition position : positions) {
						glyphs.add(new Glyph(readable(position.getUnicode()), position.getXDirAdj() / 72 * 25.4, words));
					}
				}
			};
			stripper.setSortByPosition(true);
			stripper.setEndPage(1);
			stripper.getText(document);
			return glyphs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the leftmost glyph of the words holding a text starts, in millimetres from the left. */
	static double leftOf(List<Glyph> glyphs, String text) {
		return glyphs.stream()
			.filter(g -> g.words().contains(text))
			.mapToDouble(Glyph::xMm)
			.min()
			.orElseThrow(() -> new AssertionError("No words hold " + text));
	}

	/** The text with every run of white space, line ends included, made one space: paragraphs as typed. */
	static String flowingText(byte[] pdf) {
		return text(pdf).replaceAll("\\s+", " ");
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fonts used on the first page, as "name embedded?" pairs. */
	static List<String> embeddedFonts(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			List<String> fonts = new ArrayList<>();
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				if (font.isEmbedded()) {
					fonts.add(font.getName());
				}
			}
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage page(byte[] pdf, int index, float dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(index, dpi);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PDDocument open(byte[] pdf) {
		try {
			return Loader.loadPDF(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
