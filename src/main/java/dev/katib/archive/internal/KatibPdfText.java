package dev.katib.archive.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Bidi;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of the PDFs Katib prints, line by line in reading order. Katib draws every glyph
 * where the shaper placed it and maps it to the characters it stands for, a right-to-left glyph's in
 * visual order with a letter's marks on the letter; marks and second pieces of letters are drawn in
 * spans whose actual text is empty. So a line is its glyphs' characters from left to right, turned into reading order by the
 * Unicode bidi algorithm in the document's direction (its catalogue language); a mirrored glyph already
 * maps to the character as typed, so nothing is mirrored back.
 */
final class KatibPdfText {

	/** The producer Katib writes into its PDFs' information dictionary. */
	static final String PRODUCER = "Katib";

	private KatibPdfText() {
	}

	/** The text and facts of a PDF Katib printed, or null for anyone else's PDF (Tika reads those). */
	static TextExtraction.@Nullable Extracted extract(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			PDDocumentInformation info = document.getDocumentInformation();
			if (info == null || !PRODUCER.equals(info.getProducer())) {
				return null;
			}
			Map<String, String> facts = new HashMap<>();
			facts.put("pages", String.valueOf(document.getNumberOfPages()));
			if (info.getTitle() != null && !info.getTitle().isBlank()) {
				facts.put("pdfTitle", info.getTitle().strip());
			}
			return new TextExtraction.Extracted(text(document), facts);
		}
	}

	static String text(PDDocument document) throws IOException {
		boolean rightToLeft = "ar".equals(document.getDocumentCatalog().getLanguage());
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			Glyphs glyphs = new Glyphs();
			glyphs.setStartPage(page);
			glyphs.setEndPage(page);
			glyphs.getText(document);
			for (List<TextPosition> line : glyphs.lines()) {
				text.append(line(line, rightToLeft)).append('\n');
			}
		}
		return text.toString();
	}

	private static String line(List<TextPosition> glyphs, boolean rightToLeft) {
		glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
		StringBuilder visual = new StringBuilder();
		float end = Float.NaN;
		for (TextPosition glyph : glyphs) {
			if (!Float.isNaN(end) && glyph.getXDirAdj() - end > glyph.getFontSizeInPt() * 0.3f
					&& visual.charAt(visual.length() - 1) != ' ' && !" ".equals(glyph.getUnicode())) {
				visual.append(' ');
			}
			visual.append(glyph.getUnicode());
			end = Math.max(Float.isNaN(end) ? 0 : end, glyph.getXDirAdj() + glyph.getWidthDirAdj());
		}
		Bidi bidi = new Bidi(visual.toString().strip(), rightToLeft ? Bidi.RTL : Bidi.LTR);
		return bidi.writeReordered(0).replaceAll(" {2,}", " ");
	}

	/** Every glyph that reads as something (not in a span whose actual text is empty); grouped in lines by baseline, raised marks with their line. */
	private static final class Glyphs extends PDFTextStripper {

		private final List<TextPosition> glyphs = new ArrayList<>();
		private final Deque<Boolean> spans = new ArrayDeque<>();

		@Override
		public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
			spans.push(properties != null && "".equals(properties.getString(COSName.ACTUAL_TEXT)));
			super.beginMarkedContentSequence(tag, properties);
		}

		@Override
		public void endMarkedContentSequence() {
			spans.poll();
			super.endMarkedContentSequence();
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (text.getUnicode() != null && !text.getUnicode().isEmpty() && !spans.contains(Boolean.TRUE)) {
				glyphs.add(text);
			}
		}

		List<List<TextPosition>> lines() {
			glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
			List<List<TextPosition>> lines = new ArrayList<>();
			float lineY = Float.NaN;
			for (TextPosition glyph : glyphs) {
				if (Float.isNaN(lineY) || glyph.getYDirAdj() - lineY > glyph.getFontSizeInPt() * 0.4f) {
					lines.add(new ArrayList<>());
					lineY = glyph.getYDirAdj();
				}
				lines.getLast().add(glyph);
			}
			return lines;
		}
	}
}
